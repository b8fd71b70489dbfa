/** A refusal a person can act on, tied to a form field when there is one. */
export class UserInputError extends Error {
  constructor(
    readonly field: string | null,
    message: string,
  ) {
    super(message);
    this.name = "UserInputError";
  }
}
