/**
 * The signs of a fraudulent message, strongest first; the last two are weak
 * and are taught last (see "Phishing: the signs" in docs/sources.md). Shared
 * by the scenario schema and the report form, so both list the same signs.
 */
export const signIds = ['sender', 'link', 'pressure', 'asks-for-login', 'attachment', 'greeting', 'spelling'] as const;
export type SignId = (typeof signIds)[number];
export const weakSigns: ReadonlySet<SignId> = new Set<SignId>(['greeting', 'spelling']);

export const folderIds = ['inbox', 'sent', 'trash', 'junk'] as const;
export type FolderId = (typeof folderIds)[number];
