/** Accounts the end-to-end tests create and sign in with. */
export const ADMIN = { name: "Ada Admin", email: "admin@parallax.test", password: "admin-password-1" };
