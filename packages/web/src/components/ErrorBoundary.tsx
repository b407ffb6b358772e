import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';
import { Button } from '../light/Button.tsx';
import { Result } from '../light/feedback.tsx';

interface State {
  error: Error | null;
}

/** Catches render errors and failed chunk loads (e.g. after a deploy) and offers a reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) return <Crashed message={this.state.error.message} />;
    return this.props.children;
  }
}

function Crashed({ message }: { message: string }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('app.error')}
      subTitle={message}
      extra={<Button onClick={() => window.location.reload()}>{t('app.retry')}</Button>}
    />
  );
}
