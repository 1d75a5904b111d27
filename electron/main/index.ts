import { startFolio } from './lifecycle';

startFolio();
