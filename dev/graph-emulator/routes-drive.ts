// The group's document library (its default drive): uploading a small file by path, as the tab does for the
// werkgroep's "Verslag en besluitenlijst".
// https://learn.microsoft.com/graph/api/driveitem-put-content: PUT …/drive/root:/{path}:/content with the file's
// bytes as the body, up to 250 MB; 201 Created with the driveItem for a new file, 200 OK when it replaces one; the
// folders on the path are made when missing. An If-Match that no longer matches the file's eTag is a 412
// (https://learn.microsoft.com/graph/api/resources/driveitem, "eTag").
import { createHash, randomUUID } from 'node:crypto';
import type { Ctx, Router } from './router.ts';
import type { RouteResult } from './http-util.ts';
import { GraphHttpError, badRequest, created, ok } from './http-util.ts';
import { requireGroup } from './routes-directory.ts';

export interface DriveFile {
  id: string;
  name: string;
  /** The folder path under the drive's root, e.g. "Verslagen". */
  folder: string;
  bytes: Buffer;
  mimeType: string;
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdBy: string | null;
}

// Files live beside the store (per emulator), not in its snapshot: a restarted demo keeps its lists, not its uploads.
const drives = new WeakMap<object, Map<string, Map<string, DriveFile>>>();

/** The files of a group's drive, keyed by "folder/name" in lower case (SharePoint paths are case-insensitive). */
export function driveFilesOf(store: object, groupId: string): Map<string, DriveFile> {
  let byGroup = drives.get(store);
  if (!byGroup) drives.set(store, (byGroup = new Map()));
  let files = byGroup.get(groupId);
  if (!files) byGroup.set(groupId, (files = new Map()));
  return files;
}

/**
 * Puts a file in a group's library directly, as seed data rather than a request (files are not part of the
 * tenant seed): the demo's municipality profile on the participation site. `path` is `folder/name`.
 */
export function seedDriveFile(store: object, groupId: string, path: string, content: string, mimeType: string, now: Date): void {
  const slash = path.lastIndexOf('/');
  const folder = slash < 0 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1);
  const at = now.toISOString();
  driveFilesOf(store, groupId).set(`${folder}/${name}`.toLowerCase(), {
    id: createHash('sha1').update(`${groupId}/${path}`).digest('hex').slice(0, 26).toUpperCase(),
    name,
    folder,
    bytes: Buffer.from(content, 'utf8'),
    mimeType,
    version: 1,
    createdDateTime: at,
    lastModifiedDateTime: at,
    createdBy: null,
  });
}

/** SharePoint refuses these characters in file and folder names. */
const INVALID = /["*:<>?/\\|#%]/;

function driveItemJson(ctx: Ctx, groupId: string, mailNickname: string, f: DriveFile): Record<string, unknown> {
  const etag = `"{${f.id.toUpperCase()}},${f.version}"`;
  const path = [f.folder, f.name].filter(Boolean).map(encodeURIComponent).join('/');
  return {
    '@odata.context': `${ctx.base}/$metadata#groups('${groupId}')/drive/root/$entity`,
    '@odata.etag': etag,
    eTag: etag,
    cTag: `"c:{${f.id.toUpperCase()}},${f.version}"`,
    id: f.id,
    name: f.name,
    size: f.bytes.length,
    createdDateTime: f.createdDateTime,
    lastModifiedDateTime: f.lastModifiedDateTime,
    webUrl: `https://${ctx.store.tenant.sharepointHost}/sites/${encodeURIComponent(mailNickname)}/Shared%20Documents/${path}`,
    createdBy: { user: { id: f.createdBy } },
    parentReference: { driveType: 'documentLibrary', path: `/drive/root:${f.folder ? `/${f.folder}` : ''}` },
    file: { mimeType: f.mimeType, hashes: { quickXorHash: createHash('sha1').update(f.bytes).digest('base64') } },
  };
}

function putContent(ctx: Ctx): RouteResult {
  const g = requireGroup(ctx, ctx.params[0]!);
  const folder = ctx.params[1]!;
  const raw = ctx.params[2]!;
  if (!raw.endsWith(':')) throw badRequest('Invalid path: a path-based address ends with ":".', 'invalidRequest');
  const name = raw.slice(0, -1);
  if (!name || INVALID.test(name) || INVALID.test(folder)) throw badRequest('The provided name contains invalid characters.', 'invalidRequest');
  if (!Buffer.isBuffer(ctx.body)) throw badRequest('The request body must be the file content.', 'invalidRequest');
  const files = driveFilesOf(ctx.store, g.id);
  const key = `${folder}/${name}`.toLowerCase();
  const existing = files.get(key);
  const ifMatch = ctx.headers['if-match'];
  if (ifMatch && ifMatch !== '*') {
    const current = existing ? `"{${existing.id.toUpperCase()}},${existing.version}"` : undefined;
    if (ifMatch !== current) throw new GraphHttpError(412, 'resourceModified', 'ETag does not match current item\'s value');
  }
  const now = ctx.now.toISOString();
  const mimeType = ctx.headers['content-type']?.split(';')[0]?.trim() || 'application/octet-stream';
  const file: DriveFile = existing
    ? { ...existing, bytes: ctx.body, mimeType, version: existing.version + 1, lastModifiedDateTime: now }
    : { id: randomUUID().replace(/-/g, '').toUpperCase().slice(0, 26), name, folder, bytes: ctx.body, mimeType, version: 1, createdDateTime: now, lastModifiedDateTime: now, createdBy: ctx.caller.userId };
  files.set(key, file);
  const json = driveItemJson(ctx, g.id, g.mailNickname, file);
  return existing ? ok(json) : created(json);
}

/**
 * GET …/sites/{site-id}/drive/root:/{folder}/{name}:/content — a file in the site's document library by path
 * (https://learn.microsoft.com/graph/api/driveitem-get-content). Graph answers 302 Found to a pre-authenticated
 * download URL, which fetch follows; the emulator skips that hop and answers with the content itself. It only
 * sends JSON bodies, which is what the task pane reads here (the municipality profile); other files are 406.
 */
function getSiteContent(ctx: Ctx): RouteResult {
  const site = ctx.store.sites.get(ctx.params[0]!);
  if (!site) throw new GraphHttpError(404, 'itemNotFound', 'The requested site was not found');
  const folder = ctx.params[1]!;
  const raw = ctx.params[2]!;
  if (!raw.endsWith(':')) throw badRequest('Invalid path: a path-based address ends with ":".', 'invalidRequest');
  const file = driveFilesOf(ctx.store, site.groupId).get(`${folder}/${raw.slice(0, -1)}`.toLowerCase());
  if (!file) throw new GraphHttpError(404, 'itemNotFound', 'The resource could not be found.');
  try {
    return ok(JSON.parse(file.bytes.toString('utf8')) as unknown);
  } catch {
    throw new GraphHttpError(406, 'notAcceptable', 'The emulator serves JSON file content only.');
  }
}

export function registerDriveRoutes(r: Router): void {
  // One folder level below the root: the tab keeps its documents in "Verslagen".
  r.add('PUT', '/groups/{id}/drive/root:/{id}/{id}/content', putContent);
  // The municipality profile the administrator keeps on the participation site.
  r.add('GET', '/sites/{id}/drive/root:/{id}/{id}/content', getSiteContent);
}
