import { expect, test } from "vitest";
import { passwordProblem } from "./password-strength";

const ada = { email: "ada.lovelace@example.com", name: "Ada Lovelace" };

test.each(["aaaaaaaaaa", "1234567890", "password123!", "qwertyuiop", "Password2024", "lovelace1234"])("%s is refused as too easy to guess", (password) => {
  expect(passwordProblem(password, ada)).toMatch(/too easy to guess|Do not use/);
});

test("the email and the name are refused as the password, in any case or spacing, or backwards", () => {
  expect(passwordProblem("ada.lovelace@example.com", ada)).toBe("Do not use your email address as your password.");
  expect(passwordProblem("ADA.LOVELACE@EXAMPLE.COM", ada)).toBe("Do not use your email address as your password.");
  expect(passwordProblem("moc.elpmaxe@ecalevol.ada", ada)).toBe("Do not use your email address as your password.");
  expect(passwordProblem("Ada Lovelace", { email: "x@example.com", name: "Ada Lovelace" })).toBe("Do not use your name as your password.");
  expect(passwordProblem("a  da lovelace", { email: "x@example.com", name: "Ada Lovelace" })).toBe("Do not use your name as your password.");
});

test.each(["correct horse battery staple", "tangerine-orbit-4-kettles", "admin-password-1", "Vq8#mZ2!tLw9"])("%s is accepted", (password) => {
  expect(passwordProblem(password, ada)).toBeNull();
});

test("a very long password is scored on its first 64 characters, quickly", () => {
  const started = performance.now();
  expect(passwordProblem("Ab1!".repeat(64), ada)).toMatch(/too easy to guess/);
  expect(passwordProblem(`${"tangerine orbit kettles ".repeat(10)}`, ada)).toBeNull();
  expect(performance.now() - started).toBeLessThan(3_000);
});
