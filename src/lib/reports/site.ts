import type { PublishedData } from '../digest/data.ts';
import type { StoredReport } from './store.ts';
export function writeComplianceSite(_out: string, _data: PublishedData, _reports: readonly StoredReport[], _today: string): number {
	return 0;
}
