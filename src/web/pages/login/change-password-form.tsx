import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../auth/form-errors';
import { useChangePassword } from '../../auth/session';
import { FormAlert } from '../../components/form-alert';

/** The server's rule (identity/passwords.ts); checked here too so the reader learns it before submitting. */
export const MIN_PASSWORD_LENGTH = 12;

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };
const fields = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const change = useChangePassword();

  const submit = ({ currentPassword, newPassword }: Values) => {
    setErrors([]);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          void message.success(t('login.changed'));
          onChanged();
        },
        onError: (error) => setErrors(applyServerErrors(form, error, fields)),
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      name="change-password"
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      data-testid="change-password-form"
      aria-label={t('login.changeTitle')}
    >
      <FormAlert messages={errors} />
      <Form.Item
        label={t('login.currentPassword')}
        name="currentPassword"
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={t('login.newPassword')}
        name="newPassword"
        extra={t('login.newPasswordHint')}
        rules={[
          { required: true, message: t('login.passwordRequired') },
          { min: MIN_PASSWORD_LENGTH, message: t('login.passwordTooShort') },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('login.confirmPassword')}
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('login.passwordRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('login.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={change.isPending}
        block
        data-testid="change-password-submit"
      >
        {t('login.changeSubmit')}
      </Button>
    </Form>
  );
}
