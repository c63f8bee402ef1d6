/** Taking progress home and bringing it in: its own chunk, loaded when the page is opened. */
export { TakeHomePage } from './take-home-page.tsx';
