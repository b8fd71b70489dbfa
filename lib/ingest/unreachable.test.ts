import { expect, test } from "vitest";
import { unreachableMessage } from "./unreachable";

test.each([
  ["ENOTFOUND", /^news\.example could not be reached: its address could not be looked up\. This server may have no internet connection/],
  ["EAI_AGAIN", /^news\.example could not be reached: its address could not be looked up/],
  ["ENETUNREACH", /^news\.example could not be reached: this server has no network route to it/],
  ["ECONNREFUSED", /^news\.example could not be reached: it refused or dropped the connection/],
  ["EWHATEVER", /^news\.example could not be reached \(EWHATEVER\)\. Check the address/],
  [undefined, /^news\.example could not be reached\. Check the address/],
])("a %s error says the site could not be reached", (code, message) => {
  const said = unreachableMessage("news.example", code);
  expect(said).toMatch(message);
  expect(said).not.toMatch(/could not be found/);
});
