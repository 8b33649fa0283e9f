/** Every admin route of issue 6 (quotas, the monthly report, royalties, competition scores), registered as one plugin. */
import type { FastifyInstance } from 'fastify';
import { competitionRoutes } from './competition.tsx';
import { contributionRoutes } from './contributions.tsx';
import { monthlyReportRoutes } from './monthlyReports.tsx';
import { royaltyRoutes } from './royalties.tsx';

export async function contributionAdminRoutes(app: FastifyInstance): Promise<void> {
  await app.register(contributionRoutes);
  await app.register(monthlyReportRoutes);
  await app.register(royaltyRoutes);
  await app.register(competitionRoutes);
}
