import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import net from "node:net";
import { isPublicAddress } from "./address-policy";
import { unreachableMessage } from "./unreachable";

/**
 * Fetching a page for URL import, defended against server-side request
 * forgery: http(s) only; every address a name resolves to is checked, and the
 * connection uses the checked address (no DNS rebinding); each redirect (at most
 * 5) is checked again; 10 s for the whole exchange; 5 MB at most; HTML only.
 * Every refusal is an ImportError whose message a journalist can act on.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

export interface FetchPageOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Which resolved addresses may be contacted (tests widen it to reach a local server). */
  isAllowed?: (address: string) => boolean;
}

export interface FetchedPage {
  url: string;
  html: string;
}

const LOCAL_HINT = "Parallax does not import from local or private network addresses. Use the article's public web address, or save the page and upload it.";

export async function fetchPage(input: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const { timeoutMs = 10_000, maxBytes = 5 * 1024 * 1024, maxRedirects = 5, isAllowed = isPublicAddress } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = parse(input);
  for (let hop = 0; ; hop += 1) {
    const response = await request(url, { signal, maxBytes, isAllowed, timeoutMs });
    if (response.redirect) {
      if (hop >= maxRedirects) throw new ImportError(`The page redirected more than ${maxRedirects} times. Open it in a browser and use the final address.`);
      url = parse(new URL(response.redirect, url).toString());
      continue;
    }
    return { url: url.toString(), html: response.body ?? "" };
  }
}

function parse(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new ImportError("That is not a web address. It should start with https://");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ImportError("Only http and https web addresses can be imported.");
  if (url.username || url.password) throw new ImportError("Web addresses with a user name or password cannot be imported.");
  return url;
}

interface Response {
  redirect?: string;
  body?: string;
}

function request(url: URL, ctx: { signal: AbortSignal; maxBytes: number; isAllowed: (a: string) => boolean; timeoutMs: number }): Promise<Response> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host) && !ctx.isAllowed(host)) return Promise.reject(new ImportError(`${LOCAL_HINT} (${host})`));
  const lookup: LookupFunction = (hostname, opts, callback) => {
    dns.lookup(hostname, { all: true }, (error, addresses) => {
      if (error || addresses.length === 0) {
        callback(new ImportError(unreachableMessage(hostname, error?.code ?? "ENOTFOUND")) as NodeJS.ErrnoException, "", 4);
        return;
      }
      const refused = addresses.find((a) => !ctx.isAllowed(a.address));
      if (refused) {
        callback(new ImportError(`${LOCAL_HINT} (${hostname} is ${refused.address})`) as NodeJS.ErrnoException, "", 4);
        return;
      }
      if (opts.all) callback(null, addresses);
      else callback(null, addresses[0]?.address ?? "", addresses[0]?.family ?? 4);
    });
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise<Response>((resolve, reject) => {
    const req = client.get(
      url,
      { lookup, signal: ctx.signal, headers: { "user-agent": "Parallax/0.1 (article comparison)", accept: "text/html,application/xhtml+xml" } },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          resolve({ redirect: res.headers.location });
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          reject(new ImportError(`The site answered with error ${status}. Check the address, or save the page and upload it.`));
          return;
        }
        const type = String(res.headers["content-type"] ?? "");
        if (!/text\/html|application\/xhtml\+xml/i.test(type)) {
          res.resume();
          reject(new ImportError(`That address is not a web page (it is ${type.split(";")[0] || "of an unknown type"}). Paste the article text instead.`));
          return;
        }
        const declared = Number(res.headers["content-length"] ?? 0);
        const tooBig = () => new ImportError(`The page is larger than ${Math.round(ctx.maxBytes / 1024 / 1024) || 1} MB. Save only the article, or paste its text.`);
        if (declared > ctx.maxBytes) {
          res.destroy();
          reject(tooBig());
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > ctx.maxBytes) {
            res.destroy();
            reject(tooBig());
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () => {
          const charset = /charset=([^;]+)/i.exec(type)?.[1]?.trim().toLowerCase() ?? "utf-8";
          let decoder: TextDecoder;
          try {
            decoder = new TextDecoder(charset);
          } catch {
            decoder = new TextDecoder("utf-8");
          }
          resolve({ body: decoder.decode(Buffer.concat(chunks)) });
        });
        res.on("error", (error) => reject(error));
      },
    );
    req.on("error", (error) => {
      if (error instanceof ImportError) reject(error);
      else if (ctx.signal.aborted || error.name === "AbortError") reject(new ImportError(`The site did not answer within ${Math.ceil(ctx.timeoutMs / 1000)} seconds. Try again later, or save the page and upload it.`));
      else reject(new ImportError(unreachableMessage(url.hostname, (error as NodeJS.ErrnoException).code)));
    });
  });
}
