export { clauseLabel } from '../../../shared/labels';
