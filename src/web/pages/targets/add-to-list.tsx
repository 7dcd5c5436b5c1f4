import { useQuery } from '@tanstack/react-query';
import { App, Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { targetListsQuery, useAddToList, useCreateList } from './use-targets';

/** Adds the chosen targets to one of the officer's lists, or to a new list named on the spot. */
export function AddToList({
  enterpriseIds,
  chainLinkCode,
  testId = 'add-to-list',
}: {
  enterpriseIds: number[];
  chainLinkCode?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lists = useQuery(targetListsQuery);
  const create = useCreateList();
  const add = useAddToList();
  const [listId, setListId] = useState<number | undefined>();
  const [newName, setNewName] = useState('');

  const addTo = async () => {
    let id = listId;
    if (id === undefined) {
      if (!newName.trim()) return;
      id = (await create.mutateAsync({ name: newName.trim(), chainLinkCode })).id;
      setListId(id);
      setNewName('');
    }
    await add.mutateAsync({ listId: id, enterpriseIds });
    void message.success(t('targets.added', { count: enterpriseIds.length }));
  };

  return (
    <Space wrap size="small" data-testid={testId}>
      <Select
        aria-label={t('targets.chooseList')}
        placeholder={t('targets.chooseList')}
        style={{ minWidth: 180 }}
        allowClear
        value={listId}
        onChange={setListId}
        options={(lists.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.name} (${l.items})` }))}
        data-testid={`${testId}-select`}
      />
      {listId === undefined && (
        <Input
          aria-label={t('targets.newListName')}
          placeholder={t('targets.newListName')}
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
          style={{ width: 180 }}
          data-testid={`${testId}-new-name`}
        />
      )}
      <Button
        type="primary"
        disabled={enterpriseIds.length === 0 || (listId === undefined && !newName.trim())}
        loading={create.isPending || add.isPending}
        onClick={() => void addTo().catch((error: Error) => void message.error(error.message))}
        data-testid={`${testId}-button`}
      >
        {t('targets.addToList', { count: enterpriseIds.length })}
      </Button>
    </Space>
  );
}
