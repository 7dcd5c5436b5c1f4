import { Alert } from 'antd';

/** A form's own error area: the server's message and any field message without an input in the form. */
export function FormAlert({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  const [title, ...details] = messages;
  return (
    <Alert
      type="error"
      showIcon
      className="form-alert"
      title={title}
      description={
        details.length > 0 ? (
          <ul className="plain-list">
            {details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        ) : undefined
      }
      data-testid="form-error"
    />
  );
}
