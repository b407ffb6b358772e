import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../i18n/index.tsx';

interface DateInputProps {
  /** A calendar date `YYYY-MM-DD`, as the API sends and takes it. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Dates after today cannot be picked (birth dates, "since" dates). */
  notAfterToday?: boolean;
  testId?: string;
  id?: string;
  disabled?: boolean;
}

/** A date picker whose value is the API's `YYYY-MM-DD` string; typing `1980-05-01` works in both languages. */
export function DateInput({
  value,
  onChange,
  notAfterToday,
  testId,
  id,
  disabled,
}: DateInputProps) {
  const t = useT();
  const format =
    t.lang === 'zh-CN' ? ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYYMMDD'] : ['YYYY-MM-DD', 'YYYYMMDD'];
  const parsed = value ? dayjs(value, 'YYYY-MM-DD', true) : null;
  return (
    <DatePicker
      id={id}
      className="date-input"
      value={parsed && parsed.isValid() ? parsed : null}
      format={format}
      inputReadOnly={false}
      disabled={disabled}
      onChange={(next: Dayjs | null) => onChange?.(next ? next.format('YYYY-MM-DD') : null)}
      disabledDate={notAfterToday ? (d: Dayjs) => d.isAfter(dayjs(), 'day') : undefined}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}

/** Today as `YYYY-MM-DD` on the viewer's clock. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
