import { useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Switch, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, STAFF_ROUTES, type AdminStaffUser, type RouteRequest, type StaffCreate } from '@lobby/shared';
import { newPasswordRule } from '../../auth/password-rule.ts';
import { validFields } from '../../ui/valid-fields.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useAdminApi, useRemote } from '../use-admin-api.ts';

/**
 * Staff accounts: create, change role, disable, reset password. A password set here follows
 * the one password rule, and its user must replace it at the next sign-in.
 */
export function StaffTable() {
  const { t } = useTranslation(['admin', 'auth']);
  const api = useAdminApi();
  const { message, modal } = App.useApp();
  const me = useAppStore((s) => s.session?.user.id);
  const { data, loading, reload } = useRemote(STAFF_ROUTES.list, {});
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<AdminStaffUser | null>(null);
  const [createForm] = Form.useForm<StaffCreate>();
  const [resetForm] = Form.useForm<{ password: string }>();
  const roles = STAFF_ROLES.map((r) => ({ value: r, label: t(`staff.roles.${r}`) }));

  const update = async (user: AdminStaffUser, patch: RouteRequest<typeof STAFF_ROUTES.update>['body']) => {
    const r = await api.call(STAFF_ROUTES.update, { params: { id: user.id }, body: patch });
    if (r.ok) {
      void message.success(t('common.done'));
      reload();
    }
  };

  return (
    <>
      <div className="admin-toolbar">
        <Button type="primary" onClick={() => setCreating(true)} data-testid="staff-create">
          {t('staff.create')}
        </Button>
      </div>
      <Table<AdminStaffUser>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        columns={[
          { title: t('staff.staffNo'), dataIndex: 'staffNo' },
          { title: t('staff.username'), dataIndex: 'username' },
          {
            title: t('staff.name'),
            dataIndex: 'name',
            render: (name: string, u) => (
              <>
                {name}
                {u.mustChangePassword && (
                  <Tag color="orange" style={{ marginInlineStart: 8 }} data-testid="must-change-password">
                    {t('staff.mustChangePassword')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t('staff.role'),
            dataIndex: 'role',
            render: (role: AdminStaffUser['role'], u) => (
              <Select
                size="small"
                value={role}
                options={roles}
                disabled={u.id === me}
                onChange={(v) => void update(u, { role: v })}
                style={{ width: 130 }}
              />
            ),
          },
          {
            title: t('staff.active'),
            dataIndex: 'active',
            render: (active: boolean, u) => (
              <Switch
                checked={active}
                disabled={u.id === me}
                onChange={(on) =>
                  on
                    ? void update(u, { active: true })
                    : modal.confirm({
                        title: t('staff.disableConfirm'),
                        okButtonProps: { danger: true },
                        onOk: () => update(u, { active: false }),
                      })
                }
              />
            ),
          },
          {
            key: 'reset',
            render: (_: unknown, u) => (
              <Button size="small" onClick={() => setResetting(u)}>
                {t('staff.resetPassword')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={t('staff.create')}
        onCancel={() => setCreating(false)}
        destroyOnHidden
        onOk={async () => {
          const values = await validFields(createForm);
          if (!values) return;
          const r = await api.call(STAFF_ROUTES.create, { body: values });
          if (r.ok) {
            setCreating(false);
            createForm.resetFields();
            reload();
          }
        }}
      >
        <Form form={createForm} layout="vertical" initialValues={{ role: 'teller' }}>
          <Form.Item
            name="username"
            label={t('staff.username')}
            rules={[{ required: true, pattern: /^[A-Za-z0-9_.-]{2,60}$/ }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="name" label={t('staff.name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="staffNo" label={t('staff.staffNo')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t('staff.role')}>
            <Select options={roles} />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('staff.password')}
            extra={t('staff.passwordHint')}
            dependencies={['username']}
            rules={[
              { required: true, message: t('auth:passwordRequired') },
              newPasswordRule(t, () => createForm.getFieldValue('username') as string | undefined),
            ]}
          >
            <Input.Password />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={resetting !== null}
        title={`${t('staff.resetPassword')} · ${resetting?.name ?? ''}`}
        onCancel={() => setResetting(null)}
        destroyOnHidden
        onOk={async () => {
          const values = await validFields(resetForm);
          if (!values || !resetting) return;
          const r = await api.call(STAFF_ROUTES.resetPassword, { params: { id: resetting.id }, body: values });
          if (r.ok) {
            void message.success(t('staff.passwordReset'));
            setResetting(null);
            resetForm.resetFields();
          }
        }}
      >
        <Form form={resetForm} layout="vertical">
          <Form.Item
            name="password"
            label={t('staff.newPassword')}
            extra={t('staff.passwordHint')}
            rules={[
              { required: true, message: t('auth:passwordRequired') },
              newPasswordRule(t, () => resetting?.username),
            ]}
          >
            <Input.Password />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
