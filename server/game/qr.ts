// The join QR code, as SVG markup for the host screen.
import QRCode from 'qrcode';

export function joinQrSvg(joinUrl: string): Promise<string> {
  return QRCode.toString(joinUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
