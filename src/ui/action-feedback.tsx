interface Props {
  /** What just worked, announced politely. Empty keeps the live region in place for next time. */
  message: string;
  /** What went wrong, announced at once. */
  error: string | null | undefined;
}

/** The confirmation and error lines under a group of actions: one live region each. */
export function ActionFeedback({ message, error }: Props) {
  return (
    <>
      <p role="status" class="form-message ok">
        {message}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
