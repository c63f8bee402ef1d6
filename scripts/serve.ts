/** `npm run preview`: serves the built app in dist/ the way a plain static web host would. */
import { startStaticServer } from './static-server.ts';

const base = (process.env.NATVANA_BASE ?? '/').replace(/\/?$/, '/');
const port = Number(process.env.PORT ?? 4173);
const { url } = await startStaticServer({ root: 'dist', base, port });
console.log(`Nätvana is served at ${url}  (press Ctrl+C to stop)`);
