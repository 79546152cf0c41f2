// Public surface of the accounts module (账号, 登录, 授权).
export { authRoutes } from './auth.routes';
export { authenticate, loadActor, hashPassword } from './auth.service';
