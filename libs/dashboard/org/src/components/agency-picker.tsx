import { Select } from 'antd';
import { optionsState } from '@ketqua/dashboard/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../hooks/use-agencies';
import { useDebouncedValue } from '../hooks/use-debounced-value';

export interface AgencyOption {
  id: string;
  name: string;
}

/**
 * Which agency's tree to show, for callers who see several (city-wide HR, inspectors): the first
 * page is listed, and typing searches the server, as the city has 168 wards and communes.
 */
export function AgencyPicker({ value, first, onChange }: { value: AgencyOption | null; first: AgencyOption[]; onChange: (agency: AgencyOption) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search);
  const found = useAgencies(debounced);
  const listed = debounced ? found.agencies : first;
  const options = value && !listed.some((a) => a.id === value.id) ? [value, ...listed] : listed;
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value?.id}
      placeholder={t('org.agencyPlaceholder')}
      aria-label={t('org.agency')}
      {...optionsState(found.fetching)}
      style={{ width: '100%', marginBottom: 12 }}
      options={options.map((a) => ({ value: a.id, label: a.name }))}
      onChange={(id: string) => {
        const agency = options.find((a) => a.id === id);
        if (agency) onChange(agency);
        setSearch('');
      }}
    />
  );
}
