import type { APIRoute } from 'astro';
import css from '../../components/print/sheet.css?raw';

/** The print sheets' one stylesheet, a file every sheet shares (not repeated in each page). */
export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
