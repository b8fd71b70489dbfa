import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fetchPage } from "./fetch-page";

let server: http.Server;
let base = "";
const onlyLoopback = (address: string) => address === "127.0.0.1";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/article") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<html><body><p>Дмитро Пономаренко</p></body></html>");
    } else if (path.startsWith("/hop/")) {
      const n = Number(path.split("/")[2]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/article" });
      res.end();
    } else if (path === "/to-private") {
      res.writeHead(302, { location: "http://10.0.0.1/secret" });
      res.end();
    } else if (path === "/to-metadata") {
      res.writeHead(301, { location: "http://[::ffff:169.254.169.254]/latest/meta-data/" });
      res.end();
    } else if (path === "/pdf") {
      res.writeHead(200, { "content-type": "application/pdf" });
      res.end("%PDF-1.4");
    } else if (path === "/huge") {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = "x".repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 200 && res.write(chunk)) sent += 1;
        if (sent < 200) res.once("drain", pump);
        else res.end();
      };
      pump();
    } else if (path === "/slow") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html>"); // and never finish
    } else if (path === "/missing") {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("fetchPage", () => {
  test("loopback is refused by default, with a message that says what to do", async () => {
    await expect(fetchPage(`${base}/article`)).rejects.toThrow(/does not import from local or private network addresses.*\(127\.0\.0\.1\)/);
    await expect(fetchPage("http://localhost:9/")).rejects.toThrow(/local or private/);
    await expect(fetchPage("http://[::1]:9/")).rejects.toThrow(/local or private/);
    await expect(fetchPage("http://2130706433/")).rejects.toThrow(/local or private/);
  });

  test("fetches HTML, decodes UTF-8 and follows up to 5 redirects", async () => {
    const page = await fetchPage(`${base}/hop/4`, { isAllowed: onlyLoopback });
    expect(page.html).toContain("Дмитро Пономаренко");
    expect(page.url).toBe(`${base}/article`);
    await expect(fetchPage(`${base}/hop/5`, { isAllowed: onlyLoopback })).rejects.toThrow(/redirected more than 5 times/);
  });

  test("every redirect is checked again", async () => {
    await expect(fetchPage(`${base}/to-private`, { isAllowed: onlyLoopback })).rejects.toThrow(/local or private.*10\.0\.0\.1/);
    await expect(fetchPage(`${base}/to-metadata`, { isAllowed: onlyLoopback })).rejects.toThrow(/local or private/);
  });

  test("non-HTML, huge, slow and missing pages are refused", async () => {
    await expect(fetchPage(`${base}/pdf`, { isAllowed: onlyLoopback })).rejects.toThrow(/not a web page \(it is application\/pdf\)/);
    await expect(fetchPage(`${base}/huge`, { isAllowed: onlyLoopback, maxBytes: 1024 * 1024 })).rejects.toThrow(/larger than 1 MB/);
    await expect(fetchPage(`${base}/slow`, { isAllowed: onlyLoopback, timeoutMs: 300 })).rejects.toThrow(/did not answer within 1 seconds/);
    await expect(fetchPage(`${base}/missing`, { isAllowed: onlyLoopback })).rejects.toThrow(/error 404/);
  });

  test("only http and https", async () => {
    await expect(fetchPage("file:///etc/passwd")).rejects.toThrow(/Only http and https/);
    await expect(fetchPage("javascript:alert(1)")).rejects.toThrow(/Only http and https/);
    await expect(fetchPage("not a url")).rejects.toThrow(/not a web address/);
  });
});
