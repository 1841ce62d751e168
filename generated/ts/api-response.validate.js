// Generated from catalog/*.yaml by scripts/emit/validator.ts (npm run build); do not edit.
// ajv standalone validator of generated/schema/api-response.schema.json.
import { formatChecks } from "./formats.js";

let compiled;

export function validate(data) {
  compiled ??= compile();
  const valid = compiled.validate(data);
  validate.errors = compiled.validate.errors;
  return valid;
}

export default validate;

/** Each code with a documented details shape, to its validator. */
const DETAILS = new Map([
  ["DEVICE_LIMIT_REACHED", "details0"],
  ["SUBSCRIPTION_EXPIRED", "details1"],
  ["TOKEN_EXPIRED", "details2"],
  ["VALIDATION_ERROR", "details3"],
  ["WEAK_PASSWORD", "details4"],
]);

/**
 * What validate() would find wrong with an error's details for `code`, or null when nothing: the rule
 * for any details, then the code's own shape. Paths are the envelope's (/error/details/...).
 */
export function detailsErrors(code, details) {
  compiled ??= compile();
  const shape = DETAILS.get(code);
  for (const check of shape === undefined ? [compiled.anyDetails] : [compiled.anyDetails, compiled[shape]]) {
    if (!check(details)) return check.errors.map((e) => ({ ...e, instancePath: `/error/details${e.instancePath}` }));
  }
  return null;
}

function compile() {
  const formats = formatChecks({"dateTimePattern":"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))","uriSchemePattern":"[A-Za-z][A-Za-z0-9+.-]*","uriForbidden":[9,10,11,12,13,32,34,60,62,92,94,96,123,124,125,160,5760,8192,8193,8194,8195,8196,8197,8198,8199,8200,8201,8202,8232,8233,8239,8287,12288,65279]});
  const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:vpn-error-codes:schema:api-response","oneOf":[{"$ref":"#/$defs/ApiSuccess"},{"$ref":"#/$defs/ApiFailure"}],"$defs":{"ApiSuccess":{"type":"object","required":["success","data"],"properties":{"success":{"type":"boolean","const":true},"data":{}}},"ApiFailure":{"type":"object","required":["success","error"],"properties":{"success":{"type":"boolean","const":false},"error":{"$ref":"#/$defs/ErrorBody"}}},"ErrorBody":{"type":"object","required":["code","message"],"properties":{"code":{"$ref":"#/$defs/ErrorCode"},"message":{"type":"string"},"details":{"type":"object"}},"allOf":[{"if":{"properties":{"code":{"const":"DEVICE_LIMIT_REACHED"},"details":true},"required":["code","details"]},"then":{"properties":{"details":{"$ref":"#/$defs/DeviceLimitReachedDetails"}}}},{"if":{"properties":{"code":{"const":"SUBSCRIPTION_EXPIRED"},"details":true},"required":["code","details"]},"then":{"properties":{"details":{"$ref":"#/$defs/SubscriptionExpiredDetails"}}}},{"if":{"properties":{"code":{"const":"TOKEN_EXPIRED"},"details":true},"required":["code","details"]},"then":{"properties":{"details":{"$ref":"#/$defs/TokenExpiredDetails"}}}},{"if":{"properties":{"code":{"const":"VALIDATION_ERROR"},"details":true},"required":["code","details"]},"then":{"properties":{"details":{"$ref":"#/$defs/ValidationErrorDetails"}}}},{"if":{"properties":{"code":{"const":"WEAK_PASSWORD"},"details":true},"required":["code","details"]},"then":{"properties":{"details":{"$ref":"#/$defs/WeakPasswordDetails"}}}}]},"ErrorCode":{"type":"string","anyOf":[{"$ref":"#/$defs/RestErrorCode"},{"type":"string","pattern":"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"}]},"RestErrorCode":{"type":"string","enum":["AUTH_REQUIRED","DEVICE_LIMIT_REACHED","DEVICE_NOT_FOUND","DNS_RESOLUTION_FAILED","EMAIL_ALREADY_EXISTS","INSUFFICIENT_BALANCE","INSUFFICIENT_PERMISSIONS","INTERNAL_ERROR","INVALID_EMAIL","PAYMENT_FAILED","QUOTA_EXCEEDED","RATE_LIMITED","SERVER_NOT_FOUND","SERVICE_UNAVAILABLE","SUBSCRIPTION_EXPIRED","SUBSCRIPTION_NOT_FOUND","TOKEN_EXPIRED","TOKEN_INVALID","UPSTREAM_ERROR","USER_NOT_FOUND","VALIDATION_ERROR","VPN_CONNECTION_FAILED","WEAK_PASSWORD"]},"DeviceLimitReachedDetails":{"type":"object","required":["currentDevices","maxDevices","plan"],"properties":{"currentDevices":{"type":"integer","minimum":0},"maxDevices":{"type":"integer","minimum":0},"plan":{"type":"string"},"upgradeUrl":{"type":"string","format":"uri"}}},"SubscriptionExpiredDetails":{"type":"object","required":["expiredAt","plan"],"properties":{"expiredAt":{"type":"string","format":"date-time"},"plan":{"type":"string"},"renewUrl":{"type":"string","format":"uri"}}},"TokenExpiredDetails":{"type":"object","required":["expiredAt","tokenType"],"properties":{"expiredAt":{"type":"string","format":"date-time"},"tokenType":{"type":"string"}}},"ValidationErrorDetails":{"type":"object","required":["field","constraint"],"properties":{"field":{"type":"string"},"constraint":{"type":"string"},"received":{}}},"WeakPasswordDetails":{"type":"object","required":["requirements","failedChecks"],"properties":{"requirements":{"type":"array","items":{"type":"string"}},"failedChecks":{"type":"array","items":{"type":"string"}}}}}};
  const schema32 = {"type":"object","required":["success","data"],"properties":{"success":{"type":"boolean","const":true},"data":{}}};
  const schema33 = {"type":"object","required":["success","error"],"properties":{"success":{"type":"boolean","const":false},"error":{"$ref":"#/$defs/ErrorBody"}}};
  const schema34 = {"type":"object","required":["code","message"],"properties":{"code":{"$ref":"#/$defs/ErrorCode"},"message":{"type":"string"},"details":{"type":"object"}},"allOf":[{"if":{"properties":{"code":{"const":"DEVICE_LIMIT_REACHED"},"details":true},"required":["code","details"]},"then":{"properties":{"details":{"$ref":"#/$defs/DeviceLimitReachedDetails"}}}},{"if":{"properties":{"code":{"const":"SUBSCRIPTION_EXPIRED"},"details":true},"required":["code","details"]},"then":{"properties":{"details":{"$ref":"#/$defs/SubscriptionExpiredDetails"}}}},{"if":{"properties":{"code":{"const":"TOKEN_EXPIRED"},"details":true},"required":["code","details"]},"then":{"properties":{"details":{"$ref":"#/$defs/TokenExpiredDetails"}}}},{"if":{"properties":{"code":{"const":"VALIDATION_ERROR"},"details":true},"required":["code","details"]},"then":{"properties":{"details":{"$ref":"#/$defs/ValidationErrorDetails"}}}},{"if":{"properties":{"code":{"const":"WEAK_PASSWORD"},"details":true},"required":["code","details"]},"then":{"properties":{"details":{"$ref":"#/$defs/WeakPasswordDetails"}}}}]};
  const schema35 = {"type":"object","required":["currentDevices","maxDevices","plan"],"properties":{"currentDevices":{"type":"integer","minimum":0},"maxDevices":{"type":"integer","minimum":0},"plan":{"type":"string"},"upgradeUrl":{"type":"string","format":"uri"}}};
  const schema36 = {"type":"object","required":["expiredAt","plan"],"properties":{"expiredAt":{"type":"string","format":"date-time"},"plan":{"type":"string"},"renewUrl":{"type":"string","format":"uri"}}};
  const schema37 = {"type":"object","required":["expiredAt","tokenType"],"properties":{"expiredAt":{"type":"string","format":"date-time"},"tokenType":{"type":"string"}}};
  const schema38 = {"type":"object","required":["field","constraint"],"properties":{"field":{"type":"string"},"constraint":{"type":"string"},"received":{}}};
  const schema39 = {"type":"object","required":["requirements","failedChecks"],"properties":{"requirements":{"type":"array","items":{"type":"string"}},"failedChecks":{"type":"array","items":{"type":"string"}}}};
  const formats0 = formats.uri;
  const formats2 = formats["date-time"];
  const schema40 = {"type":"string","anyOf":[{"$ref":"#/$defs/RestErrorCode"},{"type":"string","pattern":"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"}]};
  const schema41 = {"type":"string","enum":["AUTH_REQUIRED","DEVICE_LIMIT_REACHED","DEVICE_NOT_FOUND","DNS_RESOLUTION_FAILED","EMAIL_ALREADY_EXISTS","INSUFFICIENT_BALANCE","INSUFFICIENT_PERMISSIONS","INTERNAL_ERROR","INVALID_EMAIL","PAYMENT_FAILED","QUOTA_EXCEEDED","RATE_LIMITED","SERVER_NOT_FOUND","SERVICE_UNAVAILABLE","SUBSCRIPTION_EXPIRED","SUBSCRIPTION_NOT_FOUND","TOKEN_EXPIRED","TOKEN_INVALID","UPSTREAM_ERROR","USER_NOT_FOUND","VALIDATION_ERROR","VPN_CONNECTION_FAILED","WEAK_PASSWORD"]};
  const pattern4 = new RegExp("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$", "u");

  function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if(evaluated0.dynamicProps){
  evaluated0.props = undefined;
  }
  if(evaluated0.dynamicItems){
  evaluated0.items = undefined;
  }
  if(typeof data !== "string"){
  validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if(typeof data !== "string"){
  const err0 = {instancePath,schemaPath:"#/$defs/RestErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
  if(vErrors === null){
  vErrors = [err0];
  }
  else {
  vErrors.push(err0);
  }
  errors++;
  }
  if(!(((((((((((((((((((((((data === "AUTH_REQUIRED") || (data === "DEVICE_LIMIT_REACHED")) || (data === "DEVICE_NOT_FOUND")) || (data === "DNS_RESOLUTION_FAILED")) || (data === "EMAIL_ALREADY_EXISTS")) || (data === "INSUFFICIENT_BALANCE")) || (data === "INSUFFICIENT_PERMISSIONS")) || (data === "INTERNAL_ERROR")) || (data === "INVALID_EMAIL")) || (data === "PAYMENT_FAILED")) || (data === "QUOTA_EXCEEDED")) || (data === "RATE_LIMITED")) || (data === "SERVER_NOT_FOUND")) || (data === "SERVICE_UNAVAILABLE")) || (data === "SUBSCRIPTION_EXPIRED")) || (data === "SUBSCRIPTION_NOT_FOUND")) || (data === "TOKEN_EXPIRED")) || (data === "TOKEN_INVALID")) || (data === "UPSTREAM_ERROR")) || (data === "USER_NOT_FOUND")) || (data === "VALIDATION_ERROR")) || (data === "VPN_CONNECTION_FAILED")) || (data === "WEAK_PASSWORD"))){
  const err1 = {instancePath,schemaPath:"#/$defs/RestErrorCode/enum",keyword:"enum",params:{allowedValues: schema41.enum},message:"must be equal to one of the allowed values"};
  if(vErrors === null){
  vErrors = [err1];
  }
  else {
  vErrors.push(err1);
  }
  errors++;
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  const _errs5 = errors;
  if(errors === _errs5){
  if(typeof data === "string"){
  if(!pattern4.test(data)){
  const err2 = {instancePath,schemaPath:"#/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"+"\""};
  if(vErrors === null){
  vErrors = [err2];
  }
  else {
  vErrors.push(err2);
  }
  errors++;
  }
  }
  else {
  const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
  if(vErrors === null){
  vErrors = [err3];
  }
  else {
  vErrors.push(err3);
  }
  errors++;
  }
  }
  var _valid0 = _errs5 === errors;
  valid0 = valid0 || _valid0;
  if(!valid0){
  const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
  if(vErrors === null){
  vErrors = [err4];
  }
  else {
  vErrors.push(err4);
  }
  errors++;
  validate23.errors = vErrors;
  return false;
  }
  else {
  errors = _errs1;
  if(vErrors !== null){
  if(_errs1){
  vErrors.length = _errs1;
  }
  else {
  vErrors = null;
  }
  }
  }
  validate23.errors = vErrors;
  return errors === 0;
  }
  validate23.evaluated = {"dynamicProps":false,"dynamicItems":false};


  function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if(evaluated0.dynamicProps){
  evaluated0.props = undefined;
  }
  if(evaluated0.dynamicItems){
  evaluated0.items = undefined;
  }
  const _errs1 = errors;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if(data && typeof data == "object" && !Array.isArray(data)){
  let missing0;
  if(((data.code === undefined) && (missing0 = "code")) || ((data.details === undefined) && (missing0 = "details"))){
  const err0 = {};
  if(vErrors === null){
  vErrors = [err0];
  }
  else {
  vErrors.push(err0);
  }
  errors++;
  }
  else {
  if(data.code !== undefined){
  if("DEVICE_LIMIT_REACHED" !== data.code){
  const err1 = {};
  if(vErrors === null){
  vErrors = [err1];
  }
  else {
  vErrors.push(err1);
  }
  errors++;
  }
  }
  }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if(vErrors !== null){
  if(_errs2){
  vErrors.length = _errs2;
  }
  else {
  vErrors = null;
  }
  }
  if(_valid0){
  const _errs5 = errors;
  if(data && typeof data == "object" && !Array.isArray(data)){
  if(data.details !== undefined){
  let data1 = data.details;
  const _errs7 = errors;
  if(errors === _errs7){
  if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
  let missing1;
  if((((data1.currentDevices === undefined) && (missing1 = "currentDevices")) || ((data1.maxDevices === undefined) && (missing1 = "maxDevices"))) || ((data1.plan === undefined) && (missing1 = "plan"))){
  validate22.errors = [{instancePath:instancePath+"/details",schemaPath:"#/$defs/DeviceLimitReachedDetails/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
  return false;
  }
  else {
  if(data1.currentDevices !== undefined){
  let data2 = data1.currentDevices;
  const _errs9 = errors;
  if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
  validate22.errors = [{instancePath:instancePath+"/details/currentDevices",schemaPath:"#/$defs/DeviceLimitReachedDetails/properties/currentDevices/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
  return false;
  }
  if(errors === _errs9){
  if((typeof data2 == "number") && (isFinite(data2))){
  if(data2 < 0 || isNaN(data2)){
  validate22.errors = [{instancePath:instancePath+"/details/currentDevices",schemaPath:"#/$defs/DeviceLimitReachedDetails/properties/currentDevices/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
  return false;
  }
  }
  }
  var valid5 = _errs9 === errors;
  }
  else {
  var valid5 = true;
  }
  if(valid5){
  if(data1.maxDevices !== undefined){
  let data3 = data1.maxDevices;
  const _errs11 = errors;
  if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
  validate22.errors = [{instancePath:instancePath+"/details/maxDevices",schemaPath:"#/$defs/DeviceLimitReachedDetails/properties/maxDevices/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
  return false;
  }
  if(errors === _errs11){
  if((typeof data3 == "number") && (isFinite(data3))){
  if(data3 < 0 || isNaN(data3)){
  validate22.errors = [{instancePath:instancePath+"/details/maxDevices",schemaPath:"#/$defs/DeviceLimitReachedDetails/properties/maxDevices/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
  return false;
  }
  }
  }
  var valid5 = _errs11 === errors;
  }
  else {
  var valid5 = true;
  }
  if(valid5){
  if(data1.plan !== undefined){
  const _errs13 = errors;
  if(typeof data1.plan !== "string"){
  validate22.errors = [{instancePath:instancePath+"/details/plan",schemaPath:"#/$defs/DeviceLimitReachedDetails/properties/plan/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid5 = _errs13 === errors;
  }
  else {
  var valid5 = true;
  }
  if(valid5){
  if(data1.upgradeUrl !== undefined){
  let data5 = data1.upgradeUrl;
  const _errs15 = errors;
  if(errors === _errs15){
  if(errors === _errs15){
  if(typeof data5 === "string"){
  if(!(formats0(data5))){
  validate22.errors = [{instancePath:instancePath+"/details/upgradeUrl",schemaPath:"#/$defs/DeviceLimitReachedDetails/properties/upgradeUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
  return false;
  }
  }
  else {
  validate22.errors = [{instancePath:instancePath+"/details/upgradeUrl",schemaPath:"#/$defs/DeviceLimitReachedDetails/properties/upgradeUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  }
  }
  var valid5 = _errs15 === errors;
  }
  else {
  var valid5 = true;
  }
  }
  }
  }
  }
  }
  else {
  validate22.errors = [{instancePath:instancePath+"/details",schemaPath:"#/$defs/DeviceLimitReachedDetails/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  }
  }
  }
  var _valid0 = _errs5 === errors;
  valid1 = _valid0;
  if(valid1){
  var props0 = {};
  props0.details = true;
  props0.code = true;
  }
  }
  if(!valid1){
  const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
  if(vErrors === null){
  vErrors = [err2];
  }
  else {
  vErrors.push(err2);
  }
  errors++;
  validate22.errors = vErrors;
  return false;
  }
  var valid0 = _errs1 === errors;
  if(valid0){
  const _errs17 = errors;
  const _errs18 = errors;
  let valid6 = true;
  const _errs19 = errors;
  if(data && typeof data == "object" && !Array.isArray(data)){
  let missing2;
  if(((data.code === undefined) && (missing2 = "code")) || ((data.details === undefined) && (missing2 = "details"))){
  const err3 = {};
  if(vErrors === null){
  vErrors = [err3];
  }
  else {
  vErrors.push(err3);
  }
  errors++;
  }
  else {
  if(data.code !== undefined){
  if("SUBSCRIPTION_EXPIRED" !== data.code){
  const err4 = {};
  if(vErrors === null){
  vErrors = [err4];
  }
  else {
  vErrors.push(err4);
  }
  errors++;
  }
  }
  }
  }
  var _valid1 = _errs19 === errors;
  errors = _errs18;
  if(vErrors !== null){
  if(_errs18){
  vErrors.length = _errs18;
  }
  else {
  vErrors = null;
  }
  }
  if(_valid1){
  const _errs21 = errors;
  if(data && typeof data == "object" && !Array.isArray(data)){
  if(data.details !== undefined){
  let data7 = data.details;
  const _errs23 = errors;
  if(errors === _errs23){
  if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
  let missing3;
  if(((data7.expiredAt === undefined) && (missing3 = "expiredAt")) || ((data7.plan === undefined) && (missing3 = "plan"))){
  validate22.errors = [{instancePath:instancePath+"/details",schemaPath:"#/$defs/SubscriptionExpiredDetails/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
  return false;
  }
  else {
  if(data7.expiredAt !== undefined){
  let data8 = data7.expiredAt;
  const _errs25 = errors;
  if(errors === _errs25){
  if(errors === _errs25){
  if(typeof data8 === "string"){
  if(!(formats2(data8))){
  validate22.errors = [{instancePath:instancePath+"/details/expiredAt",schemaPath:"#/$defs/SubscriptionExpiredDetails/properties/expiredAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
  return false;
  }
  }
  else {
  validate22.errors = [{instancePath:instancePath+"/details/expiredAt",schemaPath:"#/$defs/SubscriptionExpiredDetails/properties/expiredAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  }
  }
  var valid10 = _errs25 === errors;
  }
  else {
  var valid10 = true;
  }
  if(valid10){
  if(data7.plan !== undefined){
  const _errs27 = errors;
  if(typeof data7.plan !== "string"){
  validate22.errors = [{instancePath:instancePath+"/details/plan",schemaPath:"#/$defs/SubscriptionExpiredDetails/properties/plan/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid10 = _errs27 === errors;
  }
  else {
  var valid10 = true;
  }
  if(valid10){
  if(data7.renewUrl !== undefined){
  let data10 = data7.renewUrl;
  const _errs29 = errors;
  if(errors === _errs29){
  if(errors === _errs29){
  if(typeof data10 === "string"){
  if(!(formats0(data10))){
  validate22.errors = [{instancePath:instancePath+"/details/renewUrl",schemaPath:"#/$defs/SubscriptionExpiredDetails/properties/renewUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
  return false;
  }
  }
  else {
  validate22.errors = [{instancePath:instancePath+"/details/renewUrl",schemaPath:"#/$defs/SubscriptionExpiredDetails/properties/renewUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  }
  }
  var valid10 = _errs29 === errors;
  }
  else {
  var valid10 = true;
  }
  }
  }
  }
  }
  else {
  validate22.errors = [{instancePath:instancePath+"/details",schemaPath:"#/$defs/SubscriptionExpiredDetails/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  }
  }
  }
  var _valid1 = _errs21 === errors;
  valid6 = _valid1;
  if(valid6){
  var props1 = {};
  props1.details = true;
  props1.code = true;
  }
  }
  if(!valid6){
  const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
  if(vErrors === null){
  vErrors = [err5];
  }
  else {
  vErrors.push(err5);
  }
  errors++;
  validate22.errors = vErrors;
  return false;
  }
  var valid0 = _errs17 === errors;
  if(valid0){
  if(props0 !== true && props1 !== undefined){
  if(props1 === true){
  props0 = true;
  }
  else {
  props0 = props0 || {};
  Object.assign(props0, props1);
  }
  }
  const _errs31 = errors;
  const _errs32 = errors;
  let valid11 = true;
  const _errs33 = errors;
  if(data && typeof data == "object" && !Array.isArray(data)){
  let missing4;
  if(((data.code === undefined) && (missing4 = "code")) || ((data.details === undefined) && (missing4 = "details"))){
  const err6 = {};
  if(vErrors === null){
  vErrors = [err6];
  }
  else {
  vErrors.push(err6);
  }
  errors++;
  }
  else {
  if(data.code !== undefined){
  if("TOKEN_EXPIRED" !== data.code){
  const err7 = {};
  if(vErrors === null){
  vErrors = [err7];
  }
  else {
  vErrors.push(err7);
  }
  errors++;
  }
  }
  }
  }
  var _valid2 = _errs33 === errors;
  errors = _errs32;
  if(vErrors !== null){
  if(_errs32){
  vErrors.length = _errs32;
  }
  else {
  vErrors = null;
  }
  }
  if(_valid2){
  const _errs35 = errors;
  if(data && typeof data == "object" && !Array.isArray(data)){
  if(data.details !== undefined){
  let data12 = data.details;
  const _errs37 = errors;
  if(errors === _errs37){
  if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
  let missing5;
  if(((data12.expiredAt === undefined) && (missing5 = "expiredAt")) || ((data12.tokenType === undefined) && (missing5 = "tokenType"))){
  validate22.errors = [{instancePath:instancePath+"/details",schemaPath:"#/$defs/TokenExpiredDetails/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
  return false;
  }
  else {
  if(data12.expiredAt !== undefined){
  let data13 = data12.expiredAt;
  const _errs39 = errors;
  if(errors === _errs39){
  if(errors === _errs39){
  if(typeof data13 === "string"){
  if(!(formats2(data13))){
  validate22.errors = [{instancePath:instancePath+"/details/expiredAt",schemaPath:"#/$defs/TokenExpiredDetails/properties/expiredAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
  return false;
  }
  }
  else {
  validate22.errors = [{instancePath:instancePath+"/details/expiredAt",schemaPath:"#/$defs/TokenExpiredDetails/properties/expiredAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  }
  }
  var valid15 = _errs39 === errors;
  }
  else {
  var valid15 = true;
  }
  if(valid15){
  if(data12.tokenType !== undefined){
  const _errs41 = errors;
  if(typeof data12.tokenType !== "string"){
  validate22.errors = [{instancePath:instancePath+"/details/tokenType",schemaPath:"#/$defs/TokenExpiredDetails/properties/tokenType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid15 = _errs41 === errors;
  }
  else {
  var valid15 = true;
  }
  }
  }
  }
  else {
  validate22.errors = [{instancePath:instancePath+"/details",schemaPath:"#/$defs/TokenExpiredDetails/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  }
  }
  }
  var _valid2 = _errs35 === errors;
  valid11 = _valid2;
  if(valid11){
  var props2 = {};
  props2.details = true;
  props2.code = true;
  }
  }
  if(!valid11){
  const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
  if(vErrors === null){
  vErrors = [err8];
  }
  else {
  vErrors.push(err8);
  }
  errors++;
  validate22.errors = vErrors;
  return false;
  }
  var valid0 = _errs31 === errors;
  if(valid0){
  if(props0 !== true && props2 !== undefined){
  if(props2 === true){
  props0 = true;
  }
  else {
  props0 = props0 || {};
  Object.assign(props0, props2);
  }
  }
  const _errs43 = errors;
  const _errs44 = errors;
  let valid16 = true;
  const _errs45 = errors;
  if(data && typeof data == "object" && !Array.isArray(data)){
  let missing6;
  if(((data.code === undefined) && (missing6 = "code")) || ((data.details === undefined) && (missing6 = "details"))){
  const err9 = {};
  if(vErrors === null){
  vErrors = [err9];
  }
  else {
  vErrors.push(err9);
  }
  errors++;
  }
  else {
  if(data.code !== undefined){
  if("VALIDATION_ERROR" !== data.code){
  const err10 = {};
  if(vErrors === null){
  vErrors = [err10];
  }
  else {
  vErrors.push(err10);
  }
  errors++;
  }
  }
  }
  }
  var _valid3 = _errs45 === errors;
  errors = _errs44;
  if(vErrors !== null){
  if(_errs44){
  vErrors.length = _errs44;
  }
  else {
  vErrors = null;
  }
  }
  if(_valid3){
  const _errs47 = errors;
  if(data && typeof data == "object" && !Array.isArray(data)){
  if(data.details !== undefined){
  let data16 = data.details;
  const _errs49 = errors;
  if(errors === _errs49){
  if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
  let missing7;
  if(((data16.field === undefined) && (missing7 = "field")) || ((data16.constraint === undefined) && (missing7 = "constraint"))){
  validate22.errors = [{instancePath:instancePath+"/details",schemaPath:"#/$defs/ValidationErrorDetails/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
  return false;
  }
  else {
  if(data16.field !== undefined){
  const _errs51 = errors;
  if(typeof data16.field !== "string"){
  validate22.errors = [{instancePath:instancePath+"/details/field",schemaPath:"#/$defs/ValidationErrorDetails/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid20 = _errs51 === errors;
  }
  else {
  var valid20 = true;
  }
  if(valid20){
  if(data16.constraint !== undefined){
  const _errs53 = errors;
  if(typeof data16.constraint !== "string"){
  validate22.errors = [{instancePath:instancePath+"/details/constraint",schemaPath:"#/$defs/ValidationErrorDetails/properties/constraint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid20 = _errs53 === errors;
  }
  else {
  var valid20 = true;
  }
  }
  }
  }
  else {
  validate22.errors = [{instancePath:instancePath+"/details",schemaPath:"#/$defs/ValidationErrorDetails/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  }
  }
  }
  var _valid3 = _errs47 === errors;
  valid16 = _valid3;
  if(valid16){
  var props3 = {};
  props3.details = true;
  props3.code = true;
  }
  }
  if(!valid16){
  const err11 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
  if(vErrors === null){
  vErrors = [err11];
  }
  else {
  vErrors.push(err11);
  }
  errors++;
  validate22.errors = vErrors;
  return false;
  }
  var valid0 = _errs43 === errors;
  if(valid0){
  if(props0 !== true && props3 !== undefined){
  if(props3 === true){
  props0 = true;
  }
  else {
  props0 = props0 || {};
  Object.assign(props0, props3);
  }
  }
  const _errs55 = errors;
  const _errs56 = errors;
  let valid21 = true;
  const _errs57 = errors;
  if(data && typeof data == "object" && !Array.isArray(data)){
  let missing8;
  if(((data.code === undefined) && (missing8 = "code")) || ((data.details === undefined) && (missing8 = "details"))){
  const err12 = {};
  if(vErrors === null){
  vErrors = [err12];
  }
  else {
  vErrors.push(err12);
  }
  errors++;
  }
  else {
  if(data.code !== undefined){
  if("WEAK_PASSWORD" !== data.code){
  const err13 = {};
  if(vErrors === null){
  vErrors = [err13];
  }
  else {
  vErrors.push(err13);
  }
  errors++;
  }
  }
  }
  }
  var _valid4 = _errs57 === errors;
  errors = _errs56;
  if(vErrors !== null){
  if(_errs56){
  vErrors.length = _errs56;
  }
  else {
  vErrors = null;
  }
  }
  if(_valid4){
  const _errs59 = errors;
  if(data && typeof data == "object" && !Array.isArray(data)){
  if(data.details !== undefined){
  let data20 = data.details;
  const _errs61 = errors;
  if(errors === _errs61){
  if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
  let missing9;
  if(((data20.requirements === undefined) && (missing9 = "requirements")) || ((data20.failedChecks === undefined) && (missing9 = "failedChecks"))){
  validate22.errors = [{instancePath:instancePath+"/details",schemaPath:"#/$defs/WeakPasswordDetails/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
  return false;
  }
  else {
  if(data20.requirements !== undefined){
  let data21 = data20.requirements;
  const _errs63 = errors;
  if(errors === _errs63){
  if(Array.isArray(data21)){
  var valid26 = true;
  const len0 = data21.length;
  for(let i0=0; i0<len0; i0++){
  const _errs65 = errors;
  if(typeof data21[i0] !== "string"){
  validate22.errors = [{instancePath:instancePath+"/details/requirements/" + i0,schemaPath:"#/$defs/WeakPasswordDetails/properties/requirements/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid26 = _errs65 === errors;
  if(!valid26){
  break;
  }
  }
  }
  else {
  validate22.errors = [{instancePath:instancePath+"/details/requirements",schemaPath:"#/$defs/WeakPasswordDetails/properties/requirements/type",keyword:"type",params:{type: "array"},message:"must be array"}];
  return false;
  }
  }
  var valid25 = _errs63 === errors;
  }
  else {
  var valid25 = true;
  }
  if(valid25){
  if(data20.failedChecks !== undefined){
  let data23 = data20.failedChecks;
  const _errs67 = errors;
  if(errors === _errs67){
  if(Array.isArray(data23)){
  var valid27 = true;
  const len1 = data23.length;
  for(let i1=0; i1<len1; i1++){
  const _errs69 = errors;
  if(typeof data23[i1] !== "string"){
  validate22.errors = [{instancePath:instancePath+"/details/failedChecks/" + i1,schemaPath:"#/$defs/WeakPasswordDetails/properties/failedChecks/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid27 = _errs69 === errors;
  if(!valid27){
  break;
  }
  }
  }
  else {
  validate22.errors = [{instancePath:instancePath+"/details/failedChecks",schemaPath:"#/$defs/WeakPasswordDetails/properties/failedChecks/type",keyword:"type",params:{type: "array"},message:"must be array"}];
  return false;
  }
  }
  var valid25 = _errs67 === errors;
  }
  else {
  var valid25 = true;
  }
  }
  }
  }
  else {
  validate22.errors = [{instancePath:instancePath+"/details",schemaPath:"#/$defs/WeakPasswordDetails/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  }
  }
  }
  var _valid4 = _errs59 === errors;
  valid21 = _valid4;
  if(valid21){
  var props4 = {};
  props4.details = true;
  props4.code = true;
  }
  }
  if(!valid21){
  const err14 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
  if(vErrors === null){
  vErrors = [err14];
  }
  else {
  vErrors.push(err14);
  }
  errors++;
  validate22.errors = vErrors;
  return false;
  }
  var valid0 = _errs55 === errors;
  if(valid0){
  if(props0 !== true && props4 !== undefined){
  if(props4 === true){
  props0 = true;
  }
  else {
  props0 = props0 || {};
  Object.assign(props0, props4);
  }
  }
  }
  }
  }
  }
  }
  if(errors === 0){
  if(data && typeof data == "object" && !Array.isArray(data)){
  let missing10;
  if(((data.code === undefined) && (missing10 = "code")) || ((data.message === undefined) && (missing10 = "message"))){
  validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
  return false;
  }
  else {
  if(props0 !== true){
  props0 = props0 || {};
  props0.code = true;
  props0.message = true;
  props0.details = true;
  }
  if(data.code !== undefined){
  const _errs71 = errors;
  if(!(validate23(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData,dynamicAnchors}))){
  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
  errors = vErrors.length;
  }
  var valid28 = _errs71 === errors;
  }
  else {
  var valid28 = true;
  }
  if(valid28){
  if(data.message !== undefined){
  const _errs72 = errors;
  if(typeof data.message !== "string"){
  validate22.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid28 = _errs72 === errors;
  }
  else {
  var valid28 = true;
  }
  if(valid28){
  if(data.details !== undefined){
  let data27 = data.details;
  const _errs74 = errors;
  if(!(data27 && typeof data27 == "object" && !Array.isArray(data27))){
  validate22.errors = [{instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  var valid28 = _errs74 === errors;
  }
  else {
  var valid28 = true;
  }
  }
  }
  }
  }
  else {
  validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  }
  validate22.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
  }
  validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};


  function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if(evaluated0.dynamicProps){
  evaluated0.props = undefined;
  }
  if(evaluated0.dynamicItems){
  evaluated0.items = undefined;
  }
  if(errors === 0){
  if(data && typeof data == "object" && !Array.isArray(data)){
  let missing0;
  if(((data.success === undefined) && (missing0 = "success")) || ((data.error === undefined) && (missing0 = "error"))){
  validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
  return false;
  }
  else {
  if(data.success !== undefined){
  let data0 = data.success;
  const _errs1 = errors;
  if(typeof data0 !== "boolean"){
  validate21.errors = [{instancePath:instancePath+"/success",schemaPath:"#/properties/success/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
  return false;
  }
  if(false !== data0){
  validate21.errors = [{instancePath:instancePath+"/success",schemaPath:"#/properties/success/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"}];
  return false;
  }
  var valid0 = _errs1 === errors;
  }
  else {
  var valid0 = true;
  }
  if(valid0){
  if(data.error !== undefined){
  const _errs3 = errors;
  if(!(validate22(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData,dynamicAnchors}))){
  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
  errors = vErrors.length;
  }
  var valid0 = _errs3 === errors;
  }
  else {
  var valid0 = true;
  }
  }
  }
  }
  else {
  validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  }
  validate21.errors = vErrors;
  return errors === 0;
  }
  validate21.evaluated = {"props":{"success":true,"error":true},"dynamicProps":false,"dynamicItems":false};


  function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
  /*# sourceURL="urn:vpn-error-codes:schema:api-response" */;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if(evaluated0.dynamicProps){
  evaluated0.props = undefined;
  }
  if(evaluated0.dynamicItems){
  evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  const _errs2 = errors;
  if(errors === _errs2){
  if(data && typeof data == "object" && !Array.isArray(data)){
  let missing0;
  if(((data.success === undefined) && (missing0 = "success")) || ((data.data === undefined) && (missing0 = "data"))){
  const err0 = {instancePath,schemaPath:"#/$defs/ApiSuccess/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
  if(vErrors === null){
  vErrors = [err0];
  }
  else {
  vErrors.push(err0);
  }
  errors++;
  }
  else {
  if(data.success !== undefined){
  let data0 = data.success;
  if(typeof data0 !== "boolean"){
  const err1 = {instancePath:instancePath+"/success",schemaPath:"#/$defs/ApiSuccess/properties/success/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
  if(vErrors === null){
  vErrors = [err1];
  }
  else {
  vErrors.push(err1);
  }
  errors++;
  }
  if(true !== data0){
  const err2 = {instancePath:instancePath+"/success",schemaPath:"#/$defs/ApiSuccess/properties/success/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
  if(vErrors === null){
  vErrors = [err2];
  }
  else {
  vErrors.push(err2);
  }
  errors++;
  }
  }
  }
  }
  else {
  const err3 = {instancePath,schemaPath:"#/$defs/ApiSuccess/type",keyword:"type",params:{type: "object"},message:"must be object"};
  if(vErrors === null){
  vErrors = [err3];
  }
  else {
  vErrors.push(err3);
  }
  errors++;
  }
  }
  var _valid0 = _errs1 === errors;
  if(_valid0){
  valid0 = true;
  passing0 = 0;
  var props0 = {};
  props0.success = true;
  props0.data = true;
  }
  const _errs6 = errors;
  if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
  vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
  errors = vErrors.length;
  }
  var _valid0 = _errs6 === errors;
  if(_valid0 && valid0){
  valid0 = false;
  passing0 = [passing0, 1];
  }
  else {
  if(_valid0){
  valid0 = true;
  passing0 = 1;
  if(props0 !== true){
  props0 = props0 || {};
  props0.success = true;
  props0.error = true;
  }
  }
  }
  if(!valid0){
  const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
  if(vErrors === null){
  vErrors = [err4];
  }
  else {
  vErrors.push(err4);
  }
  errors++;
  validate20.errors = vErrors;
  return false;
  }
  else {
  errors = _errs0;
  if(vErrors !== null){
  if(_errs0){
  vErrors.length = _errs0;
  }
  else {
  vErrors = null;
  }
  }
  }
  validate20.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
  }
  validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};


  const schema42 = {"type":"object"};

  function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if(evaluated0.dynamicProps){
  evaluated0.props = undefined;
  }
  if(evaluated0.dynamicItems){
  evaluated0.items = undefined;
  }
  if(!(data && typeof data == "object" && !Array.isArray(data))){
  validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  validate27.errors = vErrors;
  return errors === 0;
  }
  validate27.evaluated = {"dynamicProps":false,"dynamicItems":false};



  function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if(evaluated0.dynamicProps){
  evaluated0.props = undefined;
  }
  if(evaluated0.dynamicItems){
  evaluated0.items = undefined;
  }
  if(errors === 0){
  if(data && typeof data == "object" && !Array.isArray(data)){
  let missing0;
  if((((data.currentDevices === undefined) && (missing0 = "currentDevices")) || ((data.maxDevices === undefined) && (missing0 = "maxDevices"))) || ((data.plan === undefined) && (missing0 = "plan"))){
  validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
  return false;
  }
  else {
  if(data.currentDevices !== undefined){
  let data0 = data.currentDevices;
  const _errs1 = errors;
  if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
  validate28.errors = [{instancePath:instancePath+"/currentDevices",schemaPath:"#/properties/currentDevices/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
  return false;
  }
  if(errors === _errs1){
  if((typeof data0 == "number") && (isFinite(data0))){
  if(data0 < 0 || isNaN(data0)){
  validate28.errors = [{instancePath:instancePath+"/currentDevices",schemaPath:"#/properties/currentDevices/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
  return false;
  }
  }
  }
  var valid0 = _errs1 === errors;
  }
  else {
  var valid0 = true;
  }
  if(valid0){
  if(data.maxDevices !== undefined){
  let data1 = data.maxDevices;
  const _errs3 = errors;
  if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
  validate28.errors = [{instancePath:instancePath+"/maxDevices",schemaPath:"#/properties/maxDevices/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
  return false;
  }
  if(errors === _errs3){
  if((typeof data1 == "number") && (isFinite(data1))){
  if(data1 < 0 || isNaN(data1)){
  validate28.errors = [{instancePath:instancePath+"/maxDevices",schemaPath:"#/properties/maxDevices/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
  return false;
  }
  }
  }
  var valid0 = _errs3 === errors;
  }
  else {
  var valid0 = true;
  }
  if(valid0){
  if(data.plan !== undefined){
  const _errs5 = errors;
  if(typeof data.plan !== "string"){
  validate28.errors = [{instancePath:instancePath+"/plan",schemaPath:"#/properties/plan/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid0 = _errs5 === errors;
  }
  else {
  var valid0 = true;
  }
  if(valid0){
  if(data.upgradeUrl !== undefined){
  let data3 = data.upgradeUrl;
  const _errs7 = errors;
  if(errors === _errs7){
  if(errors === _errs7){
  if(typeof data3 === "string"){
  if(!(formats0(data3))){
  validate28.errors = [{instancePath:instancePath+"/upgradeUrl",schemaPath:"#/properties/upgradeUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
  return false;
  }
  }
  else {
  validate28.errors = [{instancePath:instancePath+"/upgradeUrl",schemaPath:"#/properties/upgradeUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  }
  }
  var valid0 = _errs7 === errors;
  }
  else {
  var valid0 = true;
  }
  }
  }
  }
  }
  }
  else {
  validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  }
  validate28.errors = vErrors;
  return errors === 0;
  }
  validate28.evaluated = {"props":{"currentDevices":true,"maxDevices":true,"plan":true,"upgradeUrl":true},"dynamicProps":false,"dynamicItems":false};



  function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if(evaluated0.dynamicProps){
  evaluated0.props = undefined;
  }
  if(evaluated0.dynamicItems){
  evaluated0.items = undefined;
  }
  if(errors === 0){
  if(data && typeof data == "object" && !Array.isArray(data)){
  let missing0;
  if(((data.expiredAt === undefined) && (missing0 = "expiredAt")) || ((data.plan === undefined) && (missing0 = "plan"))){
  validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
  return false;
  }
  else {
  if(data.expiredAt !== undefined){
  let data0 = data.expiredAt;
  const _errs1 = errors;
  if(errors === _errs1){
  if(errors === _errs1){
  if(typeof data0 === "string"){
  if(!(formats2(data0))){
  validate29.errors = [{instancePath:instancePath+"/expiredAt",schemaPath:"#/properties/expiredAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
  return false;
  }
  }
  else {
  validate29.errors = [{instancePath:instancePath+"/expiredAt",schemaPath:"#/properties/expiredAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  }
  }
  var valid0 = _errs1 === errors;
  }
  else {
  var valid0 = true;
  }
  if(valid0){
  if(data.plan !== undefined){
  const _errs3 = errors;
  if(typeof data.plan !== "string"){
  validate29.errors = [{instancePath:instancePath+"/plan",schemaPath:"#/properties/plan/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid0 = _errs3 === errors;
  }
  else {
  var valid0 = true;
  }
  if(valid0){
  if(data.renewUrl !== undefined){
  let data2 = data.renewUrl;
  const _errs5 = errors;
  if(errors === _errs5){
  if(errors === _errs5){
  if(typeof data2 === "string"){
  if(!(formats0(data2))){
  validate29.errors = [{instancePath:instancePath+"/renewUrl",schemaPath:"#/properties/renewUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
  return false;
  }
  }
  else {
  validate29.errors = [{instancePath:instancePath+"/renewUrl",schemaPath:"#/properties/renewUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  }
  }
  var valid0 = _errs5 === errors;
  }
  else {
  var valid0 = true;
  }
  }
  }
  }
  }
  else {
  validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  }
  validate29.errors = vErrors;
  return errors === 0;
  }
  validate29.evaluated = {"props":{"expiredAt":true,"plan":true,"renewUrl":true},"dynamicProps":false,"dynamicItems":false};



  function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if(evaluated0.dynamicProps){
  evaluated0.props = undefined;
  }
  if(evaluated0.dynamicItems){
  evaluated0.items = undefined;
  }
  if(errors === 0){
  if(data && typeof data == "object" && !Array.isArray(data)){
  let missing0;
  if(((data.expiredAt === undefined) && (missing0 = "expiredAt")) || ((data.tokenType === undefined) && (missing0 = "tokenType"))){
  validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
  return false;
  }
  else {
  if(data.expiredAt !== undefined){
  let data0 = data.expiredAt;
  const _errs1 = errors;
  if(errors === _errs1){
  if(errors === _errs1){
  if(typeof data0 === "string"){
  if(!(formats2(data0))){
  validate30.errors = [{instancePath:instancePath+"/expiredAt",schemaPath:"#/properties/expiredAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
  return false;
  }
  }
  else {
  validate30.errors = [{instancePath:instancePath+"/expiredAt",schemaPath:"#/properties/expiredAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  }
  }
  var valid0 = _errs1 === errors;
  }
  else {
  var valid0 = true;
  }
  if(valid0){
  if(data.tokenType !== undefined){
  const _errs3 = errors;
  if(typeof data.tokenType !== "string"){
  validate30.errors = [{instancePath:instancePath+"/tokenType",schemaPath:"#/properties/tokenType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid0 = _errs3 === errors;
  }
  else {
  var valid0 = true;
  }
  }
  }
  }
  else {
  validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  }
  validate30.errors = vErrors;
  return errors === 0;
  }
  validate30.evaluated = {"props":{"expiredAt":true,"tokenType":true},"dynamicProps":false,"dynamicItems":false};



  function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if(evaluated0.dynamicProps){
  evaluated0.props = undefined;
  }
  if(evaluated0.dynamicItems){
  evaluated0.items = undefined;
  }
  if(errors === 0){
  if(data && typeof data == "object" && !Array.isArray(data)){
  let missing0;
  if(((data.field === undefined) && (missing0 = "field")) || ((data.constraint === undefined) && (missing0 = "constraint"))){
  validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
  return false;
  }
  else {
  if(data.field !== undefined){
  const _errs1 = errors;
  if(typeof data.field !== "string"){
  validate31.errors = [{instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid0 = _errs1 === errors;
  }
  else {
  var valid0 = true;
  }
  if(valid0){
  if(data.constraint !== undefined){
  const _errs3 = errors;
  if(typeof data.constraint !== "string"){
  validate31.errors = [{instancePath:instancePath+"/constraint",schemaPath:"#/properties/constraint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid0 = _errs3 === errors;
  }
  else {
  var valid0 = true;
  }
  }
  }
  }
  else {
  validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  }
  validate31.errors = vErrors;
  return errors === 0;
  }
  validate31.evaluated = {"props":{"field":true,"constraint":true,"received":true},"dynamicProps":false,"dynamicItems":false};



  function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if(evaluated0.dynamicProps){
  evaluated0.props = undefined;
  }
  if(evaluated0.dynamicItems){
  evaluated0.items = undefined;
  }
  if(errors === 0){
  if(data && typeof data == "object" && !Array.isArray(data)){
  let missing0;
  if(((data.requirements === undefined) && (missing0 = "requirements")) || ((data.failedChecks === undefined) && (missing0 = "failedChecks"))){
  validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
  return false;
  }
  else {
  if(data.requirements !== undefined){
  let data0 = data.requirements;
  const _errs1 = errors;
  if(errors === _errs1){
  if(Array.isArray(data0)){
  var valid1 = true;
  const len0 = data0.length;
  for(let i0=0; i0<len0; i0++){
  const _errs3 = errors;
  if(typeof data0[i0] !== "string"){
  validate32.errors = [{instancePath:instancePath+"/requirements/" + i0,schemaPath:"#/properties/requirements/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid1 = _errs3 === errors;
  if(!valid1){
  break;
  }
  }
  }
  else {
  validate32.errors = [{instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/type",keyword:"type",params:{type: "array"},message:"must be array"}];
  return false;
  }
  }
  var valid0 = _errs1 === errors;
  }
  else {
  var valid0 = true;
  }
  if(valid0){
  if(data.failedChecks !== undefined){
  let data2 = data.failedChecks;
  const _errs5 = errors;
  if(errors === _errs5){
  if(Array.isArray(data2)){
  var valid2 = true;
  const len1 = data2.length;
  for(let i1=0; i1<len1; i1++){
  const _errs7 = errors;
  if(typeof data2[i1] !== "string"){
  validate32.errors = [{instancePath:instancePath+"/failedChecks/" + i1,schemaPath:"#/properties/failedChecks/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
  return false;
  }
  var valid2 = _errs7 === errors;
  if(!valid2){
  break;
  }
  }
  }
  else {
  validate32.errors = [{instancePath:instancePath+"/failedChecks",schemaPath:"#/properties/failedChecks/type",keyword:"type",params:{type: "array"},message:"must be array"}];
  return false;
  }
  }
  var valid0 = _errs5 === errors;
  }
  else {
  var valid0 = true;
  }
  }
  }
  }
  else {
  validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
  return false;
  }
  }
  validate32.errors = vErrors;
  return errors === 0;
  }
  validate32.evaluated = {"props":{"requirements":true,"failedChecks":true},"dynamicProps":false,"dynamicItems":false};
  return { validate: validate20, anyDetails: validate27, details0: validate28, details1: validate29, details2: validate30, details3: validate31, details4: validate32 };
}
