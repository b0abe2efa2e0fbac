/**
 * Schemas for the long number lists and number maps of stored state (post-id
 * and author hashes, content counts): one loop over the values instead of
 * zod's per-element parse, which was a third of stage 2's CPU (decoding the
 * state it loads for every message). Same rule: every value a finite number.
 */
import { z } from 'zod';

function isNumberList(v: unknown): v is number[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'number' || !Number.isFinite(v[i])) return false;
  return true;
}

function isNumberRecord(v: unknown): v is Record<string, number> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  for (const k in v) {
    const x = (v as Record<string, unknown>)[k];
    if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  }
  return true;
}

export const NumberList = z.custom<number[]>(isNumberList, 'expected an array of finite numbers');
export const NumberRecord = z.custom<Record<string, number>>(isNumberRecord, 'expected an object of finite numbers');
