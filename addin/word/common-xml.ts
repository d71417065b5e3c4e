// The answers part through the Common API (Office.context.document.customXmlParts), for Word
// versions before WordApi 1.4. These calls are callback based and are not context.sync round trips.
import { AppError } from '../../src/text/index.ts';
import type { CommonAsyncResult, CommonCustomXmlPart, CommonCustomXmlParts } from './word-api.ts';

function call<T>(start: (callback: (result: CommonAsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === 'succeeded') resolve(result.value);
      else reject(new AppError('WORD.PROTECTED', { cause: result.error, details: { code: result.error?.code ?? 0 } }));
    });
  });
}

/** The XML of the only part in the namespace; null when there is none or (after a copy) more than one. */
export async function readXmlFallback(parts: CommonCustomXmlParts, namespaceUri: string): Promise<string | null> {
  const found = await call<CommonCustomXmlPart[]>((cb) => parts.getByNamespaceAsync(namespaceUri, cb));
  const only = found.length === 1 ? found[0] : undefined;
  return only ? call<string>((cb) => only.getXmlAsync(cb)) : null;
}

/** The Common API cannot replace a part's XML, so add the new part first, then delete the old ones. */
export async function writeXmlFallback(parts: CommonCustomXmlParts, namespaceUri: string, xml: string): Promise<void> {
  const old = await call<CommonCustomXmlPart[]>((cb) => parts.getByNamespaceAsync(namespaceUri, cb));
  await call<CommonCustomXmlPart>((cb) => parts.addAsync(xml, cb));
  for (const part of old) await call<void>((cb) => part.deleteAsync(cb));
}
