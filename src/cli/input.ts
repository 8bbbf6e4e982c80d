/** Reads the CLI's input file (or stdin) and refuses what is not a news page's text, with a one-line reason. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { err, ok, type Result } from '../core/result.js';
import { charsetFromBom } from '../extract/decode-html.js';
import { isPdf } from '../extract/pdf.js';

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
const MEGABYTE = 1024 * 1024;
/** Bytes asked for per read: large enough to read 50 MB in a few dozen calls, small enough to stop soon after the limit. */
const READ_CHUNK = MEGABYTE;

export interface Input {
  name: string;
  bytes: Uint8Array;
  isHtml: boolean;
  /** A PDF (a printed page): read by its layout, not as text. */
  isPdf: boolean;
}

export function readInput(path: string): Result<Input> {
  const name = path === '-' ? 'standard input' : path;
  const read = readBounded(path, name);
  if (!read.ok) return read;
  const bytes = read.value;
  if (isBlank(bytes)) return err(`${name} is empty`);
  if (isPdf(bytes)) return ok({ name: path, bytes, isHtml: false, isPdf: true });
  if (looksBinary(bytes)) return err(`${name} looks like a binary file, not text or HTML`);
  return ok({ name: path, bytes, isHtml: /\.x?html?$/i.test(path) || looksLikeHtml(bytes), isPdf: false });
}

/**
 * The file's bytes (standard input for '-'), read a chunk at a time and never past the limit: a regular
 * file is refused by its size before reading; a pipe or a device (/dev/zero, `yes |`) by what it has sent.
 */
function readBounded(path: string, name: string): Result<Uint8Array> {
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (error) {
    return err(openFailure(name, error));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return err(`${name} is a directory, not a file`);
    if (stat.isFile() && stat.size > MAX_INPUT_BYTES) return err(`${name} is ${size(stat.size)}; the limit is 50 MB`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(READ_CHUNK, MAX_INPUT_BYTES + 1 - total));
      const count = readSomeSync(fd, chunk);
      if (count === 0) break;
      chunks.push(chunk.subarray(0, count));
      total += count;
      if (total > MAX_INPUT_BYTES) return err(`${name} is over the 50 MB limit`);
    }
    return ok(concat(chunks, total));
  } catch (error) {
    return err(`${name}: cannot read it (${codeOf(error) ?? 'read error'})`);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** One read; standard input may be non-blocking (a terminal, some pipes), so EAGAIN waits briefly and tries again. */
function readSomeSync(fd: number, into: Uint8Array): number {
  for (;;) {
    try {
      return readSync(fd, into, 0, into.length, null);
    } catch (error) {
      if (codeOf(error) !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

function openFailure(name: string, error: unknown): string {
  switch (codeOf(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `${name}: no such file`;
    case 'EACCES':
    case 'EPERM':
      return `${name}: permission denied (cannot read it)`;
    case 'ELOOP':
      return `${name}: a loop of symbolic links`;
    case 'ENAMETOOLONG':
      return `${name}: the file name is too long`;
    default:
      return `${name}: cannot open it (${codeOf(error) ?? 'unknown error'})`;
  }
}

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** To a tenth; in bytes where that would round down to the limit itself ("is 50.0 MB; the limit is 50 MB"). */
function size(bytes: number): string {
  const tenths = (bytes / MEGABYTE).toFixed(1);
  return Number(tenths) > MAX_INPUT_BYTES / MEGABYTE ? `${tenths} MB` : `${bytes} bytes`;
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** Nothing but whitespace; the first 64 KB decide for almost every file, so the whole is decoded only when they are blank. */
const isBlank = (bytes: Uint8Array): boolean => !/\S/.test(textOf(bytes, 65536)) && !/\S/.test(textOf(bytes));

/** The bytes (or their head) as text, far enough to see whitespace and markup: ASCII reads alike in every encoding sniffed but UTF-16. */
const textOf = (bytes: Uint8Array, length = bytes.length): string =>
  new TextDecoder(charsetFromBom(bytes) ?? 'utf-8').decode(bytes.subarray(0, length));

/** NUL bytes or many control characters in the first 8 KB: no text file or web page looks like that (UTF-16 with its mark aside). */
function looksBinary(bytes: Uint8Array): boolean {
  if (charsetFromBom(bytes)?.startsWith('utf-16')) return false;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return control > head.length * 0.05;
}

const looksLikeHtml = (bytes: Uint8Array): boolean => /^\s*(?:<!doctype html|<html|<head|<body|<meta)/i.test(textOf(bytes, 2048));
