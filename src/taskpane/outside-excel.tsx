/** What the pane's page shows when opened in an ordinary browser: where it belongs. */
import * as React from 'react';
import { FluentProvider, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { t, type Language } from '../i18n';
import { themes, type ThemeName } from './environment';

export function OutsideExcel(props: { readonly language: Language; readonly theme: ThemeName }): React.JSX.Element {
  return (
    <FluentProvider
      theme={themes[props.theme]}
      lang={props.language}
      style={{ minHeight: '100vh', padding: 16, boxSizing: 'border-box' }}
    >
      <main>
        <h1 style={{ fontSize: 20, marginTop: 0 }}>{t(props.language, 'ui.title')}</h1>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(props.language, 'ui.outsideExcel')}</MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
