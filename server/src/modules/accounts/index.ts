// Public surface of the accounts module (账号, 登录, 授权).
export { authRoutes } from './auth.routes';
export { accountsRoutes } from './accounts.routes';
export { authenticate, loadActor, hashPassword, generatePassword } from './auth.service';
export { createAdminAccount } from './accounts.bootstrap';
export { createAccount } from './accounts.service';
