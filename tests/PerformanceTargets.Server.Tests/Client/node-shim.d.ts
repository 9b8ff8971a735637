// The two Node.js names the client script uses, so that no typings package is needed.
declare const process: { argv: string[] };
declare module "node:fs" {
  export function readFileSync(path: string): Uint8Array<ArrayBuffer>;
}
