/** An object read from storage, a file, a policy or a message, its fields not yet checked. */
export type Obj = Record<string, unknown>;

/**
 * True for an object that is neither null nor an array: the shape of every record Sitwell stores
 * or is sent. One copy for the whole core, so a bundle (the worker's) carries it once.
 */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
