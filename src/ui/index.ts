export { ArrowIcon, NotYetIcon, RightIcon, TipIcon, WarningIcon } from './icons.tsx';
