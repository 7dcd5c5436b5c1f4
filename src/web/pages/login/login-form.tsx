import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../auth/form-errors';
import { type Credentials, useLogin } from '../../auth/session';
import { FormAlert } from '../../components/form-alert';

const fields = ['email', 'password'] as const;

export function LoginForm({ onSignedIn }: { onSignedIn: (mustChangePassword: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Credentials>();
  const [errors, setErrors] = useState<string[]>([]);
  const login = useLogin();

  const submit = (values: Credentials) => {
    setErrors([]);
    login.mutate(values, {
      onSuccess: (session) => onSignedIn(session.user?.mustChangePassword ?? false),
      onError: (error) => setErrors(applyServerErrors(form, error, fields)),
    });
  };

  return (
    <Form<Credentials>
      form={form}
      name="login"
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      data-testid="login-form"
      aria-label={t('login.title')}
    >
      <FormAlert messages={errors} />
      <Form.Item
        label={t('login.email')}
        name="email"
        rules={[
          { required: true, message: t('login.emailRequired') },
          { type: 'email', message: t('login.emailInvalid') },
        ]}
      >
        <Input type="email" autoComplete="username" inputMode="email" data-testid="login-email" />
      </Form.Item>
      <Form.Item
        label={t('login.password')}
        name="password"
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="login-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={login.isPending} block data-testid="login-submit">
        {t('login.submit')}
      </Button>
    </Form>
  );
}
