/**
 * Admin screens of issue 5, registered as one plugin: structured content (documents, schedule, officials,
 * disclosures, banners), the required-content overview, and the compliance audit.
 */
import type { FastifyInstance } from 'fastify';
import { bannerAdminRoutes } from './banners.tsx';
import { complianceAdminRoutes } from './compliance.tsx';
import { disclosureAdminRoutes } from './disclosures.tsx';
import { documentAdminRoutes } from './documents.tsx';
import { officialAdminRoutes } from './officials.tsx';
import { requiredContentRoutes } from './requiredContent.tsx';
import { scheduleAdminRoutes } from './schedule.tsx';

export async function structuredContentRoutes(app: FastifyInstance): Promise<void> {
  await app.register(requiredContentRoutes);
  await app.register(documentAdminRoutes);
  await app.register(officialAdminRoutes);
  await app.register(scheduleAdminRoutes);
  await app.register(disclosureAdminRoutes);
  await app.register(bannerAdminRoutes);
  await app.register(complianceAdminRoutes);
}
