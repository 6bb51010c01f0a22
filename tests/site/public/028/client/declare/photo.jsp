<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>职称评审申报 - 上传证件照</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
<style type="text/css">
  .photo-box { float: left; width: 130px; margin-right: 20px; text-align: center; }
  .photo-box img { width: 130px; height: 170px; object-fit: cover; border: 1px solid #c9d9ec; display: block; }
  .photo-box .cap { color: #888; margin-top: 4px; }
  .photo-side { overflow: hidden; padding-top: 10px; }
  .photo-side ol { margin: 10px 0 0; padding-left: 18px; color: #666; }
</style>
</head>
<body data-expect-step="photo">
<!-- Markup style: a th/td table; the picker is WebUploader-like: the visible
     "选择照片" div gets its hidden <input type=file accept="image/*"> only 500 ms
     after load (or on the first hover/click), and after each choice the input is
     replaced by a fresh clone, as WebUploader does. The file uploads at once. -->
<div class="page">
  <div class="pos">当前位置：用户中心 &gt; 职称评审申报 &gt; <b data-plan-name>2024年度杭州市制造业专业工程师资格评审申报计划</b></div>
  <ul class="step-bar">
    <li class="cur"><em>1</em>上传证件照</li>
    <li><em>2</em>签署个人承诺</li>
    <li><em>3</em>填写申报信息</li>
    <li><em>4</em>选择相关业绩</li>
    <li><em>5</em>上传相关附件</li>
    <li><em>6</em>预览确认提交</li>
  </ul>
  <table class="tab">
    <tr><th colspan="2" style="text-align:left">上传证件照</th></tr>
    <tr>
      <td class="tdl">证件照：</td>
      <td>
        <div class="photo-box">
          <img id="photoImg" src="/028/client/images/default-photo.svg" alt="证件照">
          <div class="cap" id="photoCap">系统默认省内身份证照片</div>
        </div>
        <div class="photo-side">
          <div id="filePicker" class="webuploader-container"><div class="webuploader-pick">选择照片</div></div>
          <span id="photoState" class="tip"></span>
          <ol>
            <li>照片用于制作职称电子证书，不符合相应要求将无法通过审核。</li>
            <li>应为1寸、2寸白底证件照，JPG或JPEG格式。</li>
            <li>文件大于30K且小于1M，大于215*300（宽*高）像素。</li>
            <li>照片宽高比大于等于0.65且小于等于0.8。</li>
          </ol>
        </div>
      </td>
    </tr>
  </table>
  <div class="btn-bar">
    <a class="btn gray" href="/028/client/declare/planView.jsp?planId=330100202401028">返回</a>
    <a class="btn" id="btnNext" href="javascript:;">下一步</a>
  </div>
</div>
<script type="text/javascript" src="/028/client/js/common.js"></script>
<script type="text/javascript">
  var picker = document.getElementById('filePicker');
  var img = document.getElementById('photoImg');
  var cap = document.getElementById('photoCap');
  var state = document.getElementById('photoState');
  var input = null;

  var saved = Zcps.state().photo;
  if (saved) {
    img.src = saved.url;
    cap.textContent = saved.name;
  }

  // WebUploader builds its hidden input late, inside a positioned box over the button.
  function createInput() {
    if (input) return;
    var shim = document.createElement('div');
    shim.id = 'rt_rt_' + Date.now().toString(36);
    shim.style.cssText = 'position:absolute;top:0;left:0;width:100%;height:100%;overflow:hidden;';
    input = document.createElement('input');
    input.type = 'file';
    input.name = 'file';
    input.className = 'webuploader-element-invisible';
    input.setAttribute('data-expect-meaning', 'photo'); // the corpus annotation (tests/site/public/corpus)
    input.accept = 'image/*';
    var label = document.createElement('label');
    label.style.cssText = 'opacity:0;width:100%;height:100%;display:block;cursor:pointer;background:#fff;';
    label.addEventListener('click', function () { input.click(); });
    shim.appendChild(input);
    shim.appendChild(label);
    picker.appendChild(shim);
    input.addEventListener('change', onChange);
  }

  function onChange() {
    var file = input.files[0];
    if (!file) return;
    // Replace the input by a clean clone so the same file can be chosen again.
    var clone = input.cloneNode(true);
    clone.value = '';
    input.parentNode.replaceChild(clone, input);
    input = clone;
    input.addEventListener('change', onChange);

    state.className = 'tip';
    state.textContent = '上传中…';
    Zcps.upload(file, 'file', '证件照').then(function (answer) {
      img.src = answer.url;
      cap.textContent = answer.name;
      state.className = 'green';
      state.textContent = '上传成功';
      Zcps.saveState({ photo: { name: answer.name, url: answer.url } });
    }).catch(function (error) {
      state.className = 'red';
      state.textContent = error.message;
    });
  }

  setTimeout(createInput, 500);
  picker.addEventListener('mouseenter', createInput);
  picker.addEventListener('click', function () {
    // A click before the input exists (no hover on touch screens): build it and open it.
    if (!input) { createInput(); input.click(); }
  });
  picker.addEventListener('mouseenter', function () { picker.classList.add('hover'); });
  picker.addEventListener('mouseleave', function () { picker.classList.remove('hover'); });

  document.getElementById('btnNext').addEventListener('click', function () {
    location.href = '/028/client/declare/promise.jsp';
  });
</script>
</body>
</html>
