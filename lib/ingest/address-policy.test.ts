import { expect, test } from "vitest";
import { isPublicAddress } from "./address-policy";

test.each([
  "127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1",
  "0.0.0.0", "224.0.0.1", "255.255.255.255", "::", "::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "::127.0.0.1",
  "fc00::1", "fd12:3456::1", "fe80::1", "fe80::1%eth0", "ff02::1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::", "not-an-ip",
  // IPv4-translated, discard-only, Teredo, 6to4 (even around a public IPv4), documentation, benchmarking, NAT64 local use
  "::ffff:0:7f00:1", "::ffff:0:127.0.0.1", "::ffff:0:8.8.8.8", "100::1", "100::ffff:ffff:ffff:ffff", "2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2",
  "2002:808:808::1", "2002::", "2001:db8::1", "2001:2::1", "64:ff9b:1::a00:1", "198.18.0.1", "192.0.0.8", "240.0.0.1", "0177.0.0.1", "127.1",
])("%s is refused", (address) => {
  expect(isPublicAddress(address)).toBe(false);
});

test.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "192.169.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2a00:1450:4001:81b::200e", "64:ff9b::808:808"])(
  "%s is allowed",
  (address) => {
    expect(isPublicAddress(address)).toBe(true);
  },
);

test("the URL parser turns decimal, octal and hex IPv4 spellings into dotted form first", () => {
  for (const spelling of ["http://2130706433/", "http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://127.1/"]) {
    expect(new URL(spelling).hostname).toBe("127.0.0.1");
  }
});
