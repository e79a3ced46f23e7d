import type { Plugin } from 'vite';
export function inlineTextThunks(code: string): string;
export function textThunks(): Plugin;
