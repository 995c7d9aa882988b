import { ApolloServerPlugin } from '@apollo/server';
import { EN_KEY } from './error-formatter';

interface WithRequest {
  req?: { headers?: Record<string, string | string[] | undefined> };
}

/** Vietnamese first; a client that sends Accept-Language: en gets English messages. */
export function wantsEnglish(acceptLanguage: string | string[] | undefined): boolean {
  const value = Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage;
  return !!value && /^\s*en\b/i.test(value);
}

type ErrorEntry = { message: string; extensions?: Record<string, unknown> };

export function localise(entry: ErrorEntry, english: boolean): ErrorEntry {
  const ext = { ...(entry.extensions ?? {}) };
  const en = ext[EN_KEY];
  delete ext[EN_KEY];
  if (Array.isArray(ext['fields'])) {
    ext['fields'] = (ext['fields'] as Array<Record<string, string>>).map((f) => ({
      field: f['field'],
      message: english ? f[EN_KEY] : f['message'],
    }));
  }
  return { ...entry, message: english && typeof en === 'string' ? en : entry.message, extensions: ext };
}

/** Picks the language of every error message just before the response is sent. */
export const languagePlugin: ApolloServerPlugin<WithRequest> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const english = wantsEnglish(contextValue.req?.headers?.['accept-language']);
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
          const { message, extensions } = localise(e as ErrorEntry, english);
          return { ...e, message, extensions };
        });
      },
    };
  },
};
