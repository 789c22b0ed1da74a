// whatsapp-web.js pulls in puppeteer; never download a browser (closed network): use Debian's /usr/bin/chromium.
module.exports = { skipDownload: true };
