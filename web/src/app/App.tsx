// Providers (query cache, language, antd theme, session, current node) and the routes.
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { ApiError } from './api';
import { AppLayout, Loading } from './AppLayout';
import { AuthProvider, useAuth } from './auth';
import { NotFoundPage } from './errors';
import { LocaleProvider, useLocale } from './i18n';
import { NodeProvider } from './node';
import { routes } from './routes';

const LoginPage = lazy(() => import('../modules/auth/LoginPage'));
// 急难愁盼: reached from a QR code by employees without an account, so outside the login gate.
const ConcernFormPage = lazy(() => import('../modules/concerns/ConcernFormPage'));
const ConcernFollowPage = lazy(() => import('../modules/concerns/FollowPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Refusals and missing records do not get better by asking again.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});

/** Party red, and a compact layout that still suits phones. */
const themeConfig = { token: { colorPrimary: '#c8161d', borderRadius: 6 } };

function Themed({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={themeConfig}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <NodeProvider>{children}</NodeProvider>;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <Themed>
          <AuthProvider>
            <BrowserRouter>
              <Suspense fallback={<Loading />}>
                <Routes>
                  <Route path="/login" element={<LoginPage />} />
                  <Route path="/concern/follow" element={<ConcernFollowPage />} />
                  <Route path="/concern/follow/:code" element={<ConcernFollowPage />} />
                  <Route path="/concern/:token" element={<ConcernFormPage />} />
                  <Route
                    element={
                      <RequireAuth>
                        <AppLayout />
                      </RequireAuth>
                    }
                  >
                    {routes.map((r) => (
                      <Route key={r.path} path={r.path} element={r.element} />
                    ))}
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Routes>
              </Suspense>
            </BrowserRouter>
          </AuthProvider>
        </Themed>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
