export { practiceRegistry } from './registry.ts';
