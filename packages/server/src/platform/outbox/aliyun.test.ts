import { describe, expect, it } from 'vitest';
import { aliyunSendSmsParams, aliyunSignature } from './aliyun.ts';

describe('Alibaba Cloud SMS request signature', () => {
  it('matches the example in the SMS API documentation (签名机制: testId / testSecret)', () => {
    // the documented request: its parameters, key secret "testSecret", and the signature it gives
    const params = {
      AccessKeyId: 'testId',
      Action: 'SendSms',
      Format: 'XML',
      OutId: '123',
      PhoneNumbers: '15300000001',
      RegionId: 'cn-hangzhou',
      SignName: '阿里云短信测试专用',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
      SignatureVersion: '1.0',
      TemplateCode: 'SMS_71390007',
      TemplateParam: '{"customer":"test"}',
      Timestamp: '2017-07-12T02:42:19Z',
      Version: '2017-05-25',
    };
    expect(aliyunSignature('GET', params, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('sends the outbox id as OutId and the text without our 【】 signature (the provider adds its own)', () => {
    const params = aliyunSendSmsParams(
      {
        ALIYUN_SMS_ACCESS_KEY_ID: 'id',
        ALIYUN_SMS_SIGN_NAME: '杏花村村委会',
        ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
      },
      { id: 'm-1', phone: '13900000001', text: '【杏花村】会议通知：关于召开村民代表会议的通知。' },
      new Date('2026-12-07T02:00:00.123Z'),
      'nonce',
    );
    expect(params).toMatchObject({
      OutId: 'm-1',
      PhoneNumbers: '13900000001',
      SignName: '杏花村村委会',
      TemplateParam: '{"text":"会议通知：关于召开村民代表会议的通知。"}',
      Timestamp: '2026-12-07T02:00:00Z',
    });
  });
});
