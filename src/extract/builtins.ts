/**
 * Array methods captured when this module loads, so a page that redefines Array.prototype.map & co. in
 * our realm cannot change what extraction computes. (The content script's isolated world already keeps
 * page scripts out; this covers running in the page's own realm, and tests that simulate it.)
 */
const apply = Reflect.apply;
const proto = Array.prototype;
const arrayMap = proto.map;
const arrayFilter = proto.filter;
const arraySort = proto.sort;
const arraySlice = proto.slice;
const arrayIndexOf = proto.indexOf;
const arrayFind = proto.find;
const arrayReduce = proto.reduce;

export const map = <T, U>(a: readonly T[], f: (x: T, i: number) => U): U[] => apply(arrayMap, a, [f]) as U[];
export const filter = <T>(a: readonly T[], f: (x: T) => unknown): T[] => apply(arrayFilter, a, [f]) as T[];
export const sort = <T>(a: T[], compare: (x: T, y: T) => number): T[] => apply(arraySort, a, [compare]) as T[];
export const slice = <T>(a: readonly T[], start: number, end?: number): T[] => apply(arraySlice, a, [start, end]) as T[];
export const indexOf = <T>(a: readonly T[], x: T): number => apply(arrayIndexOf, a, [x]) as number;
export const find = <T>(a: readonly T[], f: (x: T) => unknown): T | undefined => apply(arrayFind, a, [f]) as T | undefined;
export const reduce = <T, U>(a: readonly T[], f: (acc: U, x: T) => U, initial: U): U => apply(arrayReduce, a, [f, initial]) as U;
