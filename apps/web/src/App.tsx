import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { Suspense, useEffect, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ApiError } from './core/api';
import { AuthProvider, useAuth } from './core/auth';
import { I18nProvider, useI18n } from './core/i18n';
import type { FeatureRoute } from './core/routes';
import { ALL_ROUTES } from './features';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './layout/LoginPage';

dayjs.extend(customParseFormat);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});

function Forbidden() {
  const { t } = useI18n();
  return <Result status="403" title="403" subTitle={t('Bạn không có quyền mở trang này.', 'You may not open this page.')} />;
}

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title="404" subTitle={t('Không tìm thấy trang.', 'Page not found.')} />;
}

function Guarded({ route }: { route: FeatureRoute }) {
  const { can } = useAuth();
  return route.permission && !can(route.permission) ? <Forbidden /> : <>{route.element}</>;
}

/** Counsellors start on their work list; everyone else on the dashboard. */
function Home() {
  const { can } = useAuth();
  return <Navigate to={can('job-seekers:write') ? '/work-list' : '/dashboard'} replace />;
}

function Shell() {
  const { status } = useAuth();
  const { t } = useI18n();
  if (status === 'loading') {
    return (
      <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <Spin size="large" description={t('Đang tải…', 'Loading…')} />
      </div>
    );
  }
  if (status === 'anonymous') return <LoginPage />;
  return (
    <AppLayout routes={ALL_ROUTES}>
      {/* Each page is its own chunk, loaded when first opened. */}
      <Suspense
        fallback={
          <div style={{ padding: 48, display: 'grid', placeItems: 'center' }}>
            <Spin description={t('Đang tải…', 'Loading…')} />
          </div>
        }
      >
        <Routes>
          <Route path="/" element={<Home />} />
          {ALL_ROUTES.map((r) => (
            <Route key={r.path} path={r.path} element={<Guarded route={r} />} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </AppLayout>
  );
}

function Localised() {
  const { lang } = useI18n();
  useEffect(() => {
    dayjs.locale(lang);
    document.documentElement.lang = lang;
  }, [lang]);
  const theme = useMemo(() => ({ token: { colorPrimary: '#0b6e4f', borderRadius: 6 } }), []);
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : viVN} theme={theme}>
      <AntApp>
        <AuthProvider>
          <BrowserRouter>
            <Shell />
          </BrowserRouter>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function Root() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Localised />
      </I18nProvider>
    </QueryClientProvider>
  );
}
