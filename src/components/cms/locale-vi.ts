import vi from 'decap-cms-locales/src/vi/index.js';

/**
 * Decap CMS's Vietnamese interface, completed: 77 of its phrases have no Vietnamese (the app would
 * say "Add buổi đăng ký", "Expand"). These fill them, and the whole is registered as "vi", so every
 * word staff see is Vietnamese (a unit test compares the keys with the English locale).
 */
export const MISSING_VI = {
  auth: { loginWithAzure: 'Đăng nhập bằng Azure', loginWithForgejo: 'Đăng nhập bằng Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Xem dạng danh sách', viewAsGrid: 'Xem dạng lưới', groupBy: 'Nhóm theo' },
    entries: { unpublishedHeader: 'Mục chưa công bố' },
    groups: { other: 'Khác', negateLabel: 'Không phải %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'trường %{widgetLabel}' } },
    editorControlPane: {
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền dữ liệu từ ngôn ngữ %{locale}?\nMọi nội dung hiện có sẽ bị ghi đè.',
      },
    },
    editorInterface: { toggleI18n: 'Bật/tắt đa ngôn ngữ', togglePreview: 'Bật/tắt xem trước', toggleScrollSync: 'Cuộn cùng nhau', toggleNotes: 'Bật/tắt ghi chú' },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Thêm một ghi chú...',
      editPlaceholder: 'Sửa ghi chú...',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đánh dấu đã xong',
      unresolve: 'Mở lại',
      confirmDelete: 'Chắc chắn xóa ghi chú này?',
      shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'Mục đang ở trạng thái bản nháp. Để gửi duyệt, chuyển trạng thái sang ‘Đang duyệt’',
      statusInfoTooltipInReview: 'Mục đang được duyệt, không cần làm gì thêm. Bạn vẫn có thể sửa tiếp trong lúc chờ duyệt.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Đậm',
        italic: 'Nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Tiêu đề',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách dấu chấm',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm thành phần',
        toggleMode: { rich: 'Chuyển sang chế độ định dạng', markdown: 'Chuyển sang chế độ Markdown' },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ web',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Bỏ mọi ảnh',
      },
      file: {
        chooseUrl: 'Chèn từ địa chỉ web',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Bỏ mọi tệp',
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là lúc này' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở rộng', collapse: 'Thu gọn' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { copy: 'Chép', copyUrl: 'Chép địa chỉ', copyPath: 'Chép đường dẫn', copyName: 'Chép tên', copied: 'Đã chép' },
    mediaLibraryModal: { close: 'Đóng' },
  },
  ui: {
    settingsDropdown: { account: 'Tùy chọn tài khoản' },
    toast: {
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Đã đánh dấu ghi chú xong',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
};

type Phrases = { [key: string]: string | Phrases };

function merge(a: Phrases, b: Phrases): Phrases {
  const out: Phrases = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = typeof value === 'object' && typeof a[key] === 'object' ? merge(a[key] as Phrases, value) : value;
  return out;
}

export const VIETNAMESE: Phrases = merge(vi as Phrases, MISSING_VI as Phrases);
