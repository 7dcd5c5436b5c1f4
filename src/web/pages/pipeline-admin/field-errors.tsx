/** The server's messages for one input, under it; the input names this element in aria-describedby. */
export function FieldErrors({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <div id={id} className="field-errors" role="alert">
      {messages.map((message) => (
        <div key={message}>{message}</div>
      ))}
    </div>
  );
}

/** What an input with server errors carries: marked invalid and pointing at its messages. */
export function invalidProps(id: string, messages: string[] | undefined) {
  return messages?.length
    ? { 'aria-invalid': true as const, 'aria-describedby': id, status: 'error' as const }
    : {};
}
