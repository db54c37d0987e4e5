// Decap CMS starts only when our script has registered the project's widgets (src/components/cms/admin.ts).
/** @type {Window & { CMS_MANUAL_INIT?: boolean }} */ (window).CMS_MANUAL_INIT = true;
