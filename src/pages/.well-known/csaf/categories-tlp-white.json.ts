/** The ROLIE category document of the TLP:WHITE feed (CSAF 2.0 §7.1.17): vendors and products named. */
import type { APIRoute } from 'astro';
import { feedDocuments } from '../../../astro/csaf-channel.ts';
import { json } from '../../../astro/exports.ts';
import { csafText } from '../../../lib/outputs/csaf/document.ts';
import { rolieCategories } from '../../../lib/outputs/csaf/rolie.ts';

export const GET: APIRoute = async () => json(csafText(rolieCategories(await feedDocuments())));
