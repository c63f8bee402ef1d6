/**
 * The one part of jsdom the build uses (svg-sanitise.ts): a window to parse
 * and sanitise SVG in. Declared here instead of installing @types/jsdom, whose
 * current major describes a newer jsdom than the 29 that runs on Node 20.
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
