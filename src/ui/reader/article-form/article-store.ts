/**
 * Where added articles are kept: IndexedDB in the browser (they survive reloads and offline
 * use), or memory in tests. The form's draft is kept in `localStorage`. Small interfaces, so the
 * form never depends on which.
 */
import type { ArticleFields, ReviewedOverride, StoredArticle } from './model.js';

/** The articles added on this device. */
export interface ArticleStore {
  list(): Promise<StoredArticle[]>;
  put(article: StoredArticle): Promise<void>;
  remove(id: string): Promise<void>;
}

/** An article store in memory (for tests, and when IndexedDB is unavailable). */
export function memoryStore(initial: readonly StoredArticle[] = []): ArticleStore {
  const items = new Map(initial.map((a) => [a.id, structuredClone(a)]));
  return {
    list: () => Promise.resolve([...items.values()].map((a) => structuredClone(a))),
    put: (article) => {
      items.set(article.id, structuredClone(article));
      return Promise.resolve();
    },
    remove: (id) => {
      items.delete(id);
      return Promise.resolve();
    },
  };
}

const DB_NAME = 'idlib-map-articles';
const STORE = 'articles';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The articles in this browser's IndexedDB (database `idlib-map-articles`). */
export function indexedDbStore(factory: IDBFactory = indexedDB): ArticleStore {
  let db: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    db ??= new Promise((resolve, reject) => {
      const req = factory.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    });
    db.catch(() => (db = undefined));
    return db;
  };
  const run = async <T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>) => {
    const tx = (await open()).transaction(STORE, mode);
    const result = await request(op(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    return result;
  };
  return {
    list: async () =>
      ((await run('readonly', (s) => s.getAll())) as StoredArticle[]).sort((a, b) =>
        a.addedAt.localeCompare(b.addedAt),
      ),
    put: async (article) => void (await run('readwrite', (s) => s.put(article))),
    remove: async (id) => void (await run('readwrite', (s) => s.delete(id))),
  };
}

/** What the form keeps while a reader types: the fields and the review so far. */
export interface Draft {
  fields: ArticleFields;
  overrides: ReviewedOverride[];
}

/** The form's draft. */
export interface DraftStore {
  load(): Draft | null;
  save(draft: Draft): void;
  clear(): void;
}

const DRAFT_KEY = 'idlib-map:article-draft';

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const { fields, overrides } = value as Partial<Draft>;
  return (
    typeof fields === 'object' &&
    fields !== null &&
    (['outlet', 'headline', 'date', 'url', 'text'] as const).every(
      (k) => typeof fields[k] === 'string',
    ) &&
    Array.isArray(overrides)
  );
}

/** The draft in a `Storage` (`localStorage`); a full or missing storage loses nothing else. */
export function storageDraft(storage: Storage | null): DraftStore {
  return {
    load() {
      try {
        const value: unknown = JSON.parse(storage?.getItem(DRAFT_KEY) ?? 'null');
        return isDraft(value) ? value : null;
      } catch {
        return null;
      }
    },
    save(draft) {
      try {
        storage?.setItem(DRAFT_KEY, JSON.stringify(draft));
      } catch {
        // Storage full or refused: the form still works, only the draft is not kept.
      }
    },
    clear() {
      storage?.removeItem(DRAFT_KEY);
    },
  };
}
