/** Reads the CLI's input file (or stdin) and refuses what is not a news page's text, with a one-line reason. */
import { readFileSync, statSync } from 'node:fs';
import { err, ok, type Result } from '../core/result.js';
import { isPdf } from '../extract/pdf.js';

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export interface Input {
  name: string;
  bytes: Uint8Array;
  isHtml: boolean;
  /** A PDF (a printed page): read by its layout, not as text. */
  isPdf: boolean;
}

export function readInput(path: string): Result<Input> {
  let bytes: Uint8Array;
  if (path === '-') {
    bytes = readFileSync(0);
  } else {
    let size: number;
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) return err(`${path} is a directory, not a file`);
      size = stat.size;
    } catch {
      return err(`${path}: no such file`);
    }
    if (size > MAX_INPUT_BYTES) return err(`${path} is ${(size / 1048576).toFixed(0)} MB; the limit is 50 MB`);
    bytes = readFileSync(path);
  }
  if (bytes.length > MAX_INPUT_BYTES) return err(`${path} is over the 50 MB limit`);
  if (!/\S/.test(new TextDecoder().decode(bytes.subarray(0, 65536))) && !/\S/.test(new TextDecoder().decode(bytes))) {
    return err(`${path} is empty`);
  }
  if (isPdf(bytes)) return ok({ name: path, bytes, isHtml: false, isPdf: true });
  if (looksBinary(bytes)) return err(`${path} looks like a binary file, not text or HTML`);
  return ok({ name: path, bytes, isHtml: /\.x?html?$/i.test(path) || looksLikeHtml(bytes), isPdf: false });
}

/** NUL bytes or many control characters in the first 8 KB: no text file or web page looks like that. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return control > head.length * 0.05;
}

const looksLikeHtml = (bytes: Uint8Array): boolean =>
  /^\s*(?:<!doctype html|<html|<head|<body|<meta)/i.test(new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, ''));
